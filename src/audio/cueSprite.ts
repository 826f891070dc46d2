// Written by scripts/generate-cue-sprite.ts; do not edit by hand.
/** Where each cue sound sits in public/audio/cues.{webm,mp3}: [offset ms, duration ms]. */
export const CUE_SPRITE = {
  'get-ready': [0, 900],
  'hold-start': [900, 1000],
  countdown: [1900, 280],
  'switch-side': [2180, 951],
  'next-stretch': [3131, 951],
  rest: [4082, 920],
  done: [5002, 1850],
} as const satisfies Record<string, [number, number]>;

export type CueSoundName =
  | 'get-ready'
  | 'hold-start'
  | 'countdown'
  | 'switch-side'
  | 'next-stretch'
  | 'rest'
  | 'done';
