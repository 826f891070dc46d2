import type { RoutineOutline } from '../engine/routine';
import { timelineFor } from '../routines/routines';
import { settings } from '../settings/settings';
import { navigate } from '../shell/router';
import { unlockAudio, withRuntime } from './runtimeLoader';
import { dropResumeOffer } from './sessionState';

// Home shows the runtime's resume card once the runtime has loaded.
export { loadedRuntime } from './runtimeLoader';

/** One cue tone at the set volume (Settings' "Play a sample"); call inside a tap. */
export function playSample(): void {
  withRuntime((runtime) => runtime.playSample());
}

/** Starts a routine as the person has set it up and opens the Player. */
export function startRoutine(routine: RoutineOutline, options: { replace?: boolean } = {}): void {
  // Inside the tap: browsers only let sound start from a person's gesture.
  unlockAudio();
  dropResumeOffer();
  // The runtime holds the whole routine, instructions included (Home lists only outlines).
  withRuntime(({ player, fullRoutine }) => {
    const full = fullRoutine(routine.id);
    if (!full) return;
    player.start(timelineFor(full, settings.value));
    navigate({ name: 'play', routineId: routine.id }, options);
  });
}
