import { routineOutlines } from 'virtual:routine-outlines';
import { computed } from '@preact/signals';
import {
  applyPreferences,
  type PausePreferences,
  type RoutinePreferences,
  timelineOptionsFrom,
} from '../engine/preferences';
import type { Routine, RoutineOutline } from '../engine/routine';
import { buildTimeline, routineMinutes, type Timeline } from '../engine/timeline';
import { routineWord } from '../i18n/i18n';
import { customRoutines } from './customRoutines';

// Home lists the person's own routines beside the built-in ones.
export { customRoutines };

/**
 * The bundled routines without their steps' words, which only the Player and the preview show
 * (they read the whole routines from routines/fullRoutines, outside Home's chunk), in the app's
 * language: read `.value` where it is shown, and a change of language shows the new words.
 */
// The virtual module's declared types cannot reach the engine's (an ambient module takes no
// relative import), so the shape is stated here: every field of an outline but its words.
const wordlessOutlines = routineOutlines as readonly Omit<RoutineOutline, 'name' | 'summary'>[];

export const builtInRoutines = computed<readonly RoutineOutline[]>(() =>
  wordlessOutlines.map(
    (routine): RoutineOutline => ({
      ...routine,
      name: routineWord(routine.id, 'name'),
      summary: routineWord(routine.id, 'summary'),
    }),
  ),
);

/** A routine from `bundled`, or one of the person's own once they are loaded. */
export function findIn<R extends RoutineOutline>(
  bundled: readonly R[],
  id: string,
): R | Routine | undefined {
  return (
    bundled.find((routine) => routine.id === id) ??
    customRoutines.value.find((routine) => routine.id === id)
  );
}

/** A bundled routine's outline, or one of the person's own once they are loaded. */
export function findRoutine(id: string): RoutineOutline | undefined {
  return findIn(builtInRoutines.value, id);
}

/**
 * The routine as this person will do it. The hold and repetition settings reshape the bundled
 * routines; a routine of their own keeps the holds and repetitions they gave it in the editor.
 */
export function personalized<R extends RoutineOutline>(
  routine: R,
  preferences: RoutinePreferences,
): R {
  const own = !routineOutlines.some((builtIn) => builtIn.id === routine.id);
  return applyPreferences(
    routine,
    own ? { ...preferences, holdSeconds: null, repetitions: null } : preferences,
  );
}

/** The routine timed as this person will live it (their holds, repetitions, leg order, pauses). */
export function timelineFor(
  routine: Routine,
  preferences: RoutinePreferences & PausePreferences,
): Timeline {
  return buildTimeline(personalized(routine, preferences), timelineOptionsFrom(preferences));
}

/** How many minutes the routine takes this person; the words play no part in it. */
export function minutesFor(
  routine: RoutineOutline,
  preferences: RoutinePreferences & PausePreferences,
): number {
  const steps = routine.steps.map((step) => ({ ...step, name: '', instruction: '' }));
  return routineMinutes(timelineFor({ ...routine, steps }, preferences));
}
