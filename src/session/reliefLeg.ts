import { signal } from '@preact/signals';
import type { Leg } from '../engine/cramp';

/** The leg the person said is cramping during cramp relief; null until (unless) they say. */
export const reliefLeg = signal<Exclude<Leg, 'both'> | null>(null);
