import { routines } from 'virtual:routines';
import type { Routine } from '../engine/routine';
import { findIn } from './routines';

/**
 * A routine with everything, instructions included, for the Player and the preview. Home lists
 * the lighter outlines (routines/routines); this module stays out of its chunk.
 */
export function fullRoutine(id: string): Routine | undefined {
  return findIn(routines, id);
}
