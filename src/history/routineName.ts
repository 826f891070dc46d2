import { findRoutine } from '../routines/routines';

/**
 * A played routine's name as the app says it now: a bundled routine in the app's language (the
 * record keeps the name it had when played), the person's own by its current name, else as stored.
 */
export function routineNameNow(routineId: string, storedName: string): string {
  return findRoutine(routineId)?.name || storedName;
}
