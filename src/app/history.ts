import type { CompletionRecord, CrampRecord } from '../storage/db';
import { doctorCardDismissedAt } from '../storage/meta';
import { database } from './database';

export interface HistoryData {
  /** Oldest first. */
  completions: CompletionRecord[];
  /** Oldest first. */
  cramps: CrampRecord[];
  doctorCardDismissedAt: number | null;
}

/** Everything the History screen shows, read in one go. */
export async function loadHistory(): Promise<HistoryData> {
  const db = await database();
  const transaction = db.transaction(['completions', 'cramps']);
  const [completions, cramps] = await Promise.all([
    transaction.objectStore('completions').index('completedAt').getAll(),
    transaction.objectStore('cramps').index('at').getAll(),
  ]);
  await transaction.done;
  return { completions, cramps, doctorCardDismissedAt: await doctorCardDismissedAt(db) };
}
