import { version as appVersion } from '../../package.json';
import { downloadText } from '../platform/download';
import { database } from '../shell/database';
import { clock, tonight } from '../shell/services';
import { countsText } from './backupText';
import { type Backup, loadBackupTools } from './dataFiles';

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
  const backup: Backup = await measured('export', async () => {
    const { createBackup } = await loadBackupTools();
    const created = await createBackup(await database(), appVersion, clock.now());
    downloadText(
      `nightstretch-backup-${tonight()}.json`,
      JSON.stringify(created),
      'application/json',
    );
    return created;
  });
  const counts = {
    completions: backup.completions.length,
    cramps: backup.cramps.length,
    routines: backup.routines?.length ?? 0,
  };
  return `Backup saved: ${countsText(counts)}. Keep the file somewhere safe, such as your email or cloud storage.`;
}
