// A routine's mode, apart from the routine schema (routine.ts), so code that only plays or
// lists routines never loads the validator (valibot) with it.

/**
 * How a routine is played. `routine`: timed holds with get-ready and rest pauses, shaped by the
 * person's settings, counting toward the streak. `relief`: for a cramp happening now; each step
 * is one long hold the person ends when it eases, it starts at once and never counts.
 */
export const MODES = ['routine', 'relief'] as const;
export type RoutineMode = (typeof MODES)[number];

/** The routine's mode; a routine file without one is an ordinary routine. */
export function modeOf(routine: { mode?: RoutineMode | undefined }): RoutineMode {
  return routine.mode ?? 'routine';
}
