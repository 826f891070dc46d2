import { checkRoutine, type Routine } from '../engine/routine';

/** The person's own routines are kept in the 'keyval' store as one array: no schema change. */
export const CUSTOM_ROUTINES_KEY = 'customRoutines';

/** The stored routines that still pass the schema; anything broken is left out, never thrown. */
export function validRoutines(stored: unknown): Routine[] {
  if (!Array.isArray(stored)) return [];
  const routines: Routine[] = [];
  for (const item of stored) {
    const check = checkRoutine(item);
    if (check.ok && !routines.some((routine) => routine.id === check.routine.id)) {
      routines.push(check.routine);
    }
  }
  return routines;
}
