import { signal } from '@preact/signals';
import type { Routine } from '../engine/routine';

/** The person's own routines, once read from the phone (checked there: see customRoutineStore). */
export const customRoutines = signal<readonly Routine[]>([]);

let loading: Promise<void> | null = null;

/** Reads the saved routines once; the checking code (valibot) stays out of Home's chunk. */
export function loadCustomRoutines(): Promise<void> {
  loading ??= import('./customRoutineStore').then(
    async (store) => {
      customRoutines.value = await store.readCustomRoutines();
    },
    () => {},
  );
  return loading;
}
