import type { SavedProgress } from '../engine/progress';
import { isResumable } from '../engine/progress';
import { database, reportStorageError } from '../shell/database';
import { clock } from '../shell/services';
import { clearActiveSession, loadActiveSession } from '../storage/activeSession';
import { playingElsewhere, resumeOffer, session } from './sessionState';

/** Offers a routine interrupted less than 30 minutes ago; forgets older ones. */
export async function loadResumeOffer(): Promise<void> {
  try {
    const db = await database();
    const saved = await loadActiveSession(db);
    if (!saved) return;
    if (!isResumable(saved, clock.now())) {
      await clearActiveSession(db, ownerOf(saved));
      return;
    }
    // While another tab plays, this save is most likely its own: Home says so instead.
    if (session.peek() === null && !playingElsewhere.peek()) resumeOffer.value = saved;
  } catch (error) {
    reportStorageError(error);
  }
}

const ownerOf = (saved: SavedProgress) => ({
  routineId: saved.timeline.routineId,
  startedAt: saved.startedAt,
});

/** Forgets the offered save (and only it: a newer one from another tab stays). */
export function discardSavedSession(saved: SavedProgress): void {
  void database()
    .then((db) => clearActiveSession(db, ownerOf(saved)))
    .catch(reportStorageError);
}
