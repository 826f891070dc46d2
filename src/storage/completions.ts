import type { NightKey } from '../engine/night';
import type { CompletionRecord, NightstretchDb } from './db';

/** Saves a completion; the id is stable for a session, so saving twice keeps one record. */
export async function saveCompletion(db: NightstretchDb, record: CompletionRecord): Promise<void> {
  await db.put('completions', record);
}

export async function listCompletions(db: NightstretchDb): Promise<CompletionRecord[]> {
  return db.getAllFromIndex('completions', 'completedAt');
}

/**
 * Every night with at least one session that counted, read from the index without loading
 * records (a session that did not count has no `countedNight`, so the index skips it).
 */
export async function nightsDone(db: NightstretchDb): Promise<Set<NightKey>> {
  const nights = new Set<NightKey>();
  const index = db.transaction('completions').store.index('countedNight');
  let cursor = await index.openKeyCursor(null, 'nextunique');
  while (cursor) {
    nights.add(cursor.key);
    cursor = await cursor.continue();
  }
  return nights;
}
