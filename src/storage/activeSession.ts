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

export async function clearActiveSession(db: NightstretchDb): Promise<void> {
  await db.delete('keyval', ACTIVE_SESSION_KEY);
}
