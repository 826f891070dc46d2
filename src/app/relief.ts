import { signal } from '@preact/signals';
import type { Leg } from '../engine/cramp';

/** The leg the person said is cramping during cramp relief; null until (unless) they say. */
export const reliefLeg = signal<Exclude<Leg, 'both'> | null>(null);

/** What the cramp diary opens with after cramp relief: when it began and which leg. */
export interface CrampPrefill {
  at: number;
  leg: Leg | null;
}

/** Read once by the diary form when it opens, then forgotten. */
export const crampPrefill = signal<CrampPrefill | null>(null);
