import { signal } from '@preact/signals';
import type { Leg } from '../engine/cramp';

/** What the cramp diary opens with after cramp relief: when it began and which leg. */
export interface CrampPrefill {
  at: number;
  leg: Leg | null;
}

/**
 * Handed from the session (cramp relief's "Log this cramp") to the diary, which reads it once
 * when its form opens and then forgets it.
 */
export const crampPrefill = signal<CrampPrefill | null>(null);
