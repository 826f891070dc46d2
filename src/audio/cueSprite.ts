// Written by scripts/generate-cue-sprite.ts; do not edit by hand.
/** Where each cue sound sits in public/audio/cues.{webm,mp3}: [offset ms, duration ms]. */
export const CUE_SPRITE = {
  'get-ready': [35, 865],
  'hold-start': [935, 965],
  countdown: [1935, 245],
  'switch-side': [2215, 916],
  'next-stretch': [3166, 916],
  rest: [4117, 885],
  done: [5037, 1815],
} as const satisfies Record<string, [number, number]>;

export type CueSoundName =
  | 'get-ready'
  | 'hold-start'
  | 'countdown'
  | 'switch-side'
  | 'next-stretch'
  | 'rest'
  | 'done';
