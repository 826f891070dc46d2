import type { Routine } from '../engine/routine';
import { dropResumeOffer } from './resumeOffer';
import { navigate } from './router';
import { timelineFor } from './routines';
import { unlockAudio, withRuntime } from './runtimeLoader';
import { settings } from './settings';

/** Starts a routine as the person has set it up and opens the Player. */
export function startRoutine(routine: Routine, options: { replace?: boolean } = {}): void {
  // Inside the tap: browsers only let sound start from a person's gesture.
  unlockAudio();
  dropResumeOffer();
  const timeline = timelineFor(routine, settings.value);
  withRuntime(({ player }) => {
    player.start(timeline);
    navigate({ name: 'play', routineId: routine.id }, options);
  });
}
