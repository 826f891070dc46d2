import type { CueKind } from '../engine/session';

/** A distinct, short pattern per cue, in ms of buzz and pause: felt, not startling. */
export const VIBRATION_PATTERNS: Record<CueKind, number[]> = {
  'get-ready': [120],
  'next-stretch': [120, 120, 120],
  'switch-side': [80, 100, 80, 100, 80],
  'hold-start': [300],
  rest: [60],
  countdown: [40],
  done: [200, 150, 200, 150, 400],
};

export const canVibrate = (): boolean =>
  typeof navigator !== 'undefined' && typeof navigator.vibrate === 'function';

export function vibrateFor(kind: CueKind): void {
  if (!canVibrate()) return;
  try {
    navigator.vibrate(VIBRATION_PATTERNS[kind]);
  } catch {
    // Some browsers refuse without a recent tap; the tones and words still go out.
  }
}
