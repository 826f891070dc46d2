import type { NightKey } from '../engine/night';
import type { CompletionRecord, NightstretchDb } from './db';

/** Saves a completion; the id is stable for a session, so saving twice keeps one record. */
export async function saveCompletion(db: NightstretchDb, record: CompletionRecord): Promise<void> {
  await db.put('completions', record);
}

export async function listCompletions(db: NightstretchDb): Promise<CompletionRecord[]> {
  return db.getAllFromIndex('completions', 'completedAt');
}

/** The newest completion that `wanted` accepts, read newest first without loading the rest. */
export async function lastCompletion(
  db: NightstretchDb,
  wanted: (record: CompletionRecord) => boolean,
): Promise<CompletionRecord | undefined> {
  const index = db.transaction('completions').store.index('completedAt');
  for (
    let cursor = await index.openCursor(null, 'prev');
    cursor;
    cursor = await cursor.continue()
  ) {
    if (wanted(cursor.value)) return cursor.value;
  }
  return undefined;
}

/**
 * Every night with at least one session that counted, read from the index without loading
 * records (a session that did not count has no `countedNight`, so the index skips it).
 * A plain 'next' cursor, not 'nextunique': WebKit's on-disk IndexedDB (Safari before 2026)
 * fails any unique cursor on an empty index with "UnknownError: Unable to open cursor".
 */
export async function nightsDone(db: NightstretchDb): Promise<Set<NightKey>> {
  const nights = new Set<NightKey>();
  const index = db.transaction('completions').store.index('countedNight');
  let cursor = await index.openKeyCursor(null, 'next');
  while (cursor) {
    nights.add(cursor.key);
    cursor = await cursor.continue();
  }
  return nights;
}

export async function deleteCompletion(db: NightstretchDb, id: string): Promise<void> {
  await db.delete('completions', id);
}
