import { routines } from 'virtual:routines';
import type { Routine } from '../engine/routine';
import { buildTimeline, type Timeline } from '../engine/timeline';

export const builtInRoutines: readonly Routine[] = routines;

export function findRoutine(id: string): Routine | undefined {
  return builtInRoutines.find((routine) => routine.id === id);
}

export function timelineFor(routine: Routine): Timeline {
  return buildTimeline(routine);
}
