import { routines } from 'virtual:routines';
import {
  applyPreferences,
  type PausePreferences,
  type RoutinePreferences,
  timelineOptionsFrom,
} from '../engine/preferences';
import type { Routine } from '../engine/routine';
import { buildTimeline, type Timeline } from '../engine/timeline';
import { customRoutines } from './customRoutines';

export const builtInRoutines: readonly Routine[] = routines;

/** A bundled routine, or one of the person's own once they are loaded. */
export function findRoutine(id: string): Routine | undefined {
  const byId = (routine: Routine) => routine.id === id;
  return builtInRoutines.find(byId) ?? customRoutines.value.find(byId);
}

/**
 * The routine as this person will do it. The hold and repetition settings reshape the bundled
 * routines; a routine of their own keeps the holds and repetitions they gave it in the editor.
 */
export function personalized(routine: Routine, preferences: RoutinePreferences): Routine {
  const own = !builtInRoutines.some((builtIn) => builtIn.id === routine.id);
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
