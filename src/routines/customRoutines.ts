import { signal } from '@preact/signals';
import type { Routine } from '../engine/routine';

/** The person's own routines, once read from the phone and checked (see customRoutineStore). */
export const customRoutines = signal<readonly Routine[]>([]);
