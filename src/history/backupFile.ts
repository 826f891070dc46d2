import { version as appVersion } from '../../package.json';
import { t } from '../i18n/i18n';
import { downloadText } from '../platform/download';
import { database } from '../shell/database';
import { clock, tonight } from '../shell/services';
import { countsText, type Words } from './backupText';
import { loadBackupTools } from './dataFiles';

/** Time an action for the benchmark (read back from performance entries). */
export async function measured<T>(name: string, action: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await action();
  } finally {
    performance.measure(`nightstretch:${name}`, { start, end: performance.now() });
  }
}

/** Saves a backup file of everything; returns the sentence that says what it holds. */
export async function saveBackupFile(): Promise<Words> {
  const { backup, leftOut } = await measured('export', async () => {
    const { createCheckedBackup } = await loadBackupTools();
    const created = await createCheckedBackup(await database(), appVersion, clock.now());
    downloadText(
      `nightstretch-backup-${tonight()}.json`,
      JSON.stringify(created.backup),
      'application/json',
    );
    return created;
  });
  const counts = {
    completions: backup.completions.length,
    cramps: backup.cramps.length,
    routines: backup.routines?.length ?? 0,
  };
  const damaged = leftOut.completions + leftOut.cramps;
  return () => {
    const saved = t('data.backupSaved', { counts: countsText(counts) });
    return damaged === 0 ? saved : `${saved} ${t('data.backupLeftOut', { count: damaged })}`;
  };
}
