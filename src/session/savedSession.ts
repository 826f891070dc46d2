import { isResumable } from '../engine/progress';
import { database, reportStorageError } from '../shell/database';
import { clock } from '../shell/services';
import { clearActiveSession, loadActiveSession } from '../storage/activeSession';
import { resumeOffer, session } from './sessionState';

/** Offers a routine interrupted less than 30 minutes ago; forgets older ones. */
export async function loadResumeOffer(): Promise<void> {
  try {
    const db = await database();
    const saved = await loadActiveSession(db);
    if (!saved) return;
    if (!isResumable(saved, clock.now())) {
      await clearActiveSession(db);
      return;
    }
    if (session.peek() === null) resumeOffer.value = saved;
  } catch (error) {
    reportStorageError(error);
  }
}

export function discardSavedSession(): void {
  void database().then(clearActiveSession).catch(reportStorageError);
}
