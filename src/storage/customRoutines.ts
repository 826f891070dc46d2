import { isLanguage } from '../engine/languages';
import { checkRoutine, type Routine } from '../engine/routine';

/** The person's own routines are kept in the 'keyval' store as one array: no schema change. */
export const CUSTOM_ROUTINES_KEY = 'customRoutines';

/**
 * The stored routines that still pass the schema; anything broken is left out, never thrown.
 * A language tag the app doesn't know is dropped, not the routine with it.
 */
export function validRoutines(stored: unknown): Routine[] {
  if (!Array.isArray(stored)) return [];
  const routines: Routine[] = [];
  for (const item of stored) {
    const { language, ...rest } = (typeof item === 'object' && item !== null ? item : {}) as {
      language?: unknown;
    };
    const check = checkRoutine(typeof item === 'object' && item !== null ? rest : item);
    if (check.ok && !routines.some((routine) => routine.id === check.routine.id)) {
      const known = typeof language === 'string' && isLanguage(language);
      routines.push(known ? { ...check.routine, language } : check.routine);
    }
  }
  return routines;
}
