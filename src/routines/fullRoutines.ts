import type { Routine } from '../engine/routine';
import { fullBuiltInRoutines } from './builtInFull';
import { findIn } from './routines';

/**
 * A routine with everything, instructions included, in the app's language (a routine of the
 * person's own as they wrote it), for the Player and the preview. Home lists the lighter outlines
 * (routines/routines); this module stays out of its chunk.
 */
export function fullRoutine(id: string): Routine | undefined {
  return findIn(fullBuiltInRoutines.value, id);
}
