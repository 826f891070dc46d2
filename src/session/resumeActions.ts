import type { SavedProgress } from '../engine/progress';
import { reloadAdvised, storageProblem } from '../shell/database';
import { navigate } from '../shell/router';
import { unlockAudio } from './audio';
import { player } from './playerInstance';
import { discardSavedSession } from './savedSession';
import { checkOtherPlayer } from './sessionEffects';
import { resumeOffer } from './sessionState';

// Home's Resume and Discard taps. They live in the runtime chunk with the card that shows them,
// so they reach the player directly rather than through the runtime loader (no import circle).

async function resume(saved: SavedProgress): Promise<void> {
  // It began playing in another tab since the offer was made: Home now says so instead.
  if (await checkOtherPlayer()) return;
  player.restore(saved);
  navigate({ name: 'play', routineId: saved.timeline.routineId });
}

/** A Resume that fails says so and leaves a log line, never an unhandled rejection. */
function reportResumeFailure(error: unknown): void {
  console.error('Nightstretch: the routine could not be resumed', error);
  storageProblem.value = { key: 'errors.routineNotResumed' };
  reloadAdvised.value = true;
}

/** The Resume tap: picks the routine up at the step where it stopped. */
export function acceptResumeOffer(): void {
  const saved = resumeOffer.value;
  if (!saved) return;
  resumeOffer.value = null;
  // Inside the tap: browsers only let sound start from a person's gesture.
  unlockAudio();
  resume(saved).catch(reportResumeFailure);
}

export function discardResumeOffer(): void {
  const saved = resumeOffer.value;
  resumeOffer.value = null;
  if (saved) discardSavedSession(saved);
}
