import { reloadAdvised, storageProblem } from '../shell/database';
import { customRoutines } from './customRoutines';

let loading: Promise<void> | null = null;

/**
 * Reads the saved routines once; the checking code (valibot) stays out of Home's chunk.
 * Only the app shell imports this (a shared module with a dynamic import split Home's chunk).
 */
export function loadCustomRoutines(): Promise<void> {
  loading ??= import('./customRoutineStore').then(
    async (store) => {
      customRoutines.value = await store.readCustomRoutines();
    },
    (error: unknown) => {
      // Offline before this part was cached, or just after an update: say so, never hide it.
      console.error('Nightstretch: your own routines could not be loaded', error);
      reloadAdvised.value = true;
      storageProblem.value = { key: 'errors.ownRoutinesNotLoaded' };
      loading = null;
    },
  );
  return loading;
}

/** Reads them again after something else wrote them (a restored backup). */
export function reloadCustomRoutines(): Promise<void> {
  loading = null;
  return loadCustomRoutines();
}
