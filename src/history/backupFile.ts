import { version as appVersion } from '../../package.json';
import { downloadText } from '../platform/download';
import { database } from '../shell/database';
import { clock, tonight } from '../shell/services';
import { countsText } from './backupText';
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
export async function saveBackupFile(): Promise<string> {
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
  const saved = `Backup saved: ${countsText(counts)}. Keep the file somewhere safe, such as your email or cloud storage.`;
  const damaged = leftOut.completions + leftOut.cramps;
  if (damaged === 0) return saved;
  return `${saved} ${damaged === 1 ? '1 damaged record on this phone was' : `${damaged} damaged records on this phone were`} left out, so the file can always be restored.`;
}
