import type { CueSoundSpec, Note } from './synth';

// Note frequencies (equal temperament, A4 = 440 Hz), kept in the middle register: nothing shrill.
const D4 = 293.66;
const G4 = 392.0;
const A4 = 440.0;
const C5 = 523.25;
const E5 = 659.25;
const G5 = 783.99;
const C6 = 1046.5;

const note = (frequency: number, at: number, length: number, level = 1): Note => ({
  frequency,
  at,
  length,
  level,
});

/**
 * One sound per cue kind (the names match the engine's cue kinds). Each has its own shape so it
 * can be told apart with eyes closed: rising pair, single bell, soft pip, sway, rising triad,
 * falling pair, slow arpeggio.
 */
export const CUE_SOUNDS: CueSoundSpec[] = [
  { name: 'get-ready', notes: [note(G4, 0, 0.5, 0.8), note(C5, 0.2, 0.6, 0.8)] },
  { name: 'hold-start', notes: [note(E5, 0, 0.9, 0.9), note(C5, 0, 0.9, 0.35)] },
  { name: 'countdown', notes: [note(A4, 0, 0.18, 0.55)] },
  {
    name: 'switch-side',
    notes: [note(A4, 0, 0.35, 0.75), note(E5, 0.2, 0.35, 0.75), note(A4, 0.4, 0.45, 0.75)],
  },
  {
    name: 'next-stretch',
    notes: [note(C5, 0, 0.45, 0.75), note(E5, 0.15, 0.45, 0.75), note(G5, 0.3, 0.55, 0.75)],
  },
  { name: 'rest', notes: [note(G4, 0, 0.45, 0.6), note(D4, 0.22, 0.6, 0.6)] },
  {
    name: 'done',
    notes: [
      note(C5, 0, 1.3, 0.6),
      note(E5, 0.25, 1.2, 0.6),
      note(G5, 0.5, 1.1, 0.6),
      note(C6, 0.75, 1.0, 0.45),
    ],
  },
];
