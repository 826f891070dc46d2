import { asSavedProgress, type SavedProgress } from '../engine/progress';
import type { NightstretchDb } from './db';

/** The routine in progress, kept in the shared key-value store so a killed tab can resume it. */
const ACTIVE_SESSION_KEY = 'activeSession';

export async function saveActiveSession(
  db: NightstretchDb,
  progress: SavedProgress,
): Promise<void> {
  await db.put('keyval', progress, ACTIVE_SESSION_KEY);
}

/** The saved session, or null when there is none or the record is damaged. */
export async function loadActiveSession(db: NightstretchDb): Promise<SavedProgress | null> {
  return asSavedProgress(await db.get('keyval', ACTIVE_SESSION_KEY));
}

/** Which session a save belongs to: a routine and the moment it started. */
export type SessionOwner = Pick<SavedProgress, 'startedAt'> & { routineId: string };

/**
 * Forgets the saved session. Given an owner, only that session's save goes: a session that
 * ends in one tab never erases the save of a session another tab has started since.
 */
export async function clearActiveSession(db: NightstretchDb, owner?: SessionOwner): Promise<void> {
  const transaction = db.transaction('keyval', 'readwrite');
  const stored = asSavedProgress(await transaction.store.get(ACTIVE_SESSION_KEY));
  const someoneElses =
    owner !== undefined &&
    stored !== null &&
    (stored.startedAt !== owner.startedAt || stored.timeline.routineId !== owner.routineId);
  if (!someoneElses) await transaction.store.delete(ACTIVE_SESSION_KEY);
  await transaction.done;
}
