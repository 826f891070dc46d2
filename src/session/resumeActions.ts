import { navigate } from '../shell/router';
import { unlockAudio } from './audio';
import { player } from './playerInstance';
import { discardSavedSession } from './savedSession';
import { resumeOffer } from './sessionState';

// Home's Resume and Discard taps. They live in the runtime chunk with the card that shows them,
// so they reach the player directly rather than through the runtime loader (no import circle).

/** The Resume tap: picks the routine up at the step where it stopped. */
export function acceptResumeOffer(): void {
  const saved = resumeOffer.value;
  if (!saved) return;
  resumeOffer.value = null;
  // Inside the tap: browsers only let sound start from a person's gesture.
  unlockAudio();
  player.restore(saved);
  navigate({ name: 'play', routineId: saved.timeline.routineId });
}

export function discardResumeOffer(): void {
  resumeOffer.value = null;
  discardSavedSession();
}
