import type { Side } from '../engine/routine';

export function sideLabel(side: Side): string {
  if (side === 'left') return 'Left leg';
  if (side === 'right') return 'Right leg';
  return 'Both legs';
}
