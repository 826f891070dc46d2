// Your data's state module: the backup and CSV code, loaded only when the person uses it.
export type { Backup, ImportCounts, ImportPreview } from '../storage/backup';

export const loadBackupTools = () => import('../storage/backup');
export const loadCsvTools = () => import('../storage/csv');
