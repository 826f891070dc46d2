import { routines } from 'virtual:routines';
import {
  applyPreferences,
  type PausePreferences,
  type RoutinePreferences,
  timelineOptionsFrom,
} from '../engine/preferences';
import type { Routine } from '../engine/routine';
import { buildTimeline, type Timeline } from '../engine/timeline';

export const builtInRoutines: readonly Routine[] = routines;

export function findRoutine(id: string): Routine | undefined {
  return builtInRoutines.find((routine) => routine.id === id);
}

/** The routine timed as this person will live it (their holds, repetitions, leg order, pauses). */
export function timelineFor(
  routine: Routine,
  preferences: RoutinePreferences & PausePreferences,
): Timeline {
  return buildTimeline(applyPreferences(routine, preferences), timelineOptionsFrom(preferences));
}
