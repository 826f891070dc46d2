import type { RoutineOutline, Side } from './routine';
import { DEFAULT_TIMELINE_OPTIONS, isSideSwitch, type TimelineOptions } from './timeline';

/** The parts of the person's settings that reshape a routine before it is timed. */
export interface RoutinePreferences {
  /** Every hold lasts this long (seconds); null keeps each step's own hold. */
  holdSeconds: number | null;
  /** Holds per side for every step; null keeps each step's own count. */
  repetitions: number | null;
  /** Which leg goes first in each left/right pair of the same stretch. */
  firstSide: Exclude<Side, 'both'>;
}

/** The pauses the person chose, in seconds. */
export interface PausePreferences {
  readySeconds: number;
  restSeconds: number;
}

/**
 * The routine as this person will do it: holds and repetitions overridden where they
 * chose to, and each left/right pair of the same stretch ordered with their first leg.
 * A relief routine comes back unchanged.
 */
export function applyPreferences<R extends RoutineOutline>(
  routine: R,
  preferences: RoutinePreferences,
): R {
  // Cramp relief is played as written: the person's hold and repetition settings never reshape it.
  if (routine.mode === 'relief') return routine;
  const steps: R['steps'] = routine.steps.map((step) => ({
    ...step,
    holdSeconds: preferences.holdSeconds ?? step.holdSeconds,
    repetitions: preferences.repetitions ?? step.repetitions,
  }));
  for (let index = 0; index < steps.length - 1; index++) {
    const first = steps[index];
    const second = steps[index + 1];
    if (!first || !second || !isSideSwitch(first, second)) continue;
    if (first.side !== preferences.firstSide) {
      steps[index] = second;
      steps[index + 1] = first;
    }
    index++; // a pair is settled; the next pair starts after it
  }
  return { ...routine, steps };
}

/** Timeline pauses from the person's settings; the side-switch pause keeps its default. */
export function timelineOptionsFrom(pauses: PausePreferences): TimelineOptions {
  return {
    readySeconds: pauses.readySeconds,
    restSeconds: pauses.restSeconds,
    switchSeconds: DEFAULT_TIMELINE_OPTIONS.switchSeconds,
  };
}
