import type { Routine } from './routine';

/** Small routines for unit tests: one two-legged stretch and one both-legs stretch. */
export const twoStretches: Routine = {
  id: 'test-routine',
  name: 'Test routine',
  summary: 'For tests.',
  steps: [
    {
      id: 'calf-left',
      name: 'Calf',
      instruction: 'Lean in.',
      side: 'left',
      holdSeconds: 30,
      repetitions: 2,
      illustration: 'wall-calf',
    },
    {
      id: 'calf-right',
      name: 'Calf',
      instruction: 'Lean in.',
      side: 'right',
      holdSeconds: 30,
      repetitions: 2,
      illustration: 'wall-calf',
    },
    {
      id: 'ankles',
      name: 'Ankle circles',
      instruction: 'Circle.',
      side: 'both',
      holdSeconds: 20,
      repetitions: 1,
      illustration: 'ankle-circles',
    },
  ],
};

/** A cramp-relief routine: one long hold per step, for the cramping leg. */
export const reliefRoutine: Routine = {
  id: 'test-relief',
  name: 'Test relief',
  summary: 'For tests.',
  mode: 'relief',
  steps: [
    {
      id: 'pull-toes',
      name: 'Pull the toes up',
      instruction: 'Pull.',
      side: 'both',
      holdSeconds: 120,
      repetitions: 1,
      illustration: 'pull-toes',
    },
    {
      id: 'stand',
      name: 'Stand on it',
      instruction: 'Stand.',
      side: 'both',
      holdSeconds: 90,
      repetitions: 1,
      illustration: 'walk-it-out',
    },
  ],
};
