import type { Routine, Side } from './routine';

/** How a chosen stretch is done: each leg in turn (left, then right) or both legs at once. */
export type SideChoice = 'pair' | 'both';

/** One distinct stretch that a person can put into their own routine. */
export interface LibraryStretch {
  /** The illustration key, which names the stretch. */
  key: string;
  name: string;
  /** The wording for each side the built-in routines use it with. */
  instructions: Partial<Record<Side, string>>;
  /** The ways it can be done, in the order offered. */
  sides: SideChoice[];
  holdSeconds: number;
  repetitions: number;
}

/**
 * The distinct stretches of the given routines that can be offered (a pair needs both legs'
 * wording), keyed by illustration, in order of first appearance; each keeps the name, wording
 * and hold of its first appearance.
 */
export function deriveLibrary(routines: readonly Routine[]): LibraryStretch[] {
  const byKey = new Map<string, LibraryStretch>();
  for (const routine of routines) {
    for (const step of routine.steps) {
      let stretch = byKey.get(step.illustration);
      if (!stretch) {
        stretch = {
          key: step.illustration,
          name: step.name,
          instructions: {},
          sides: [],
          holdSeconds: step.holdSeconds,
          repetitions: step.repetitions,
        };
        byKey.set(step.illustration, stretch);
      }
      stretch.instructions[step.side] ??= step.instruction;
    }
  }
  // A pair needs each leg's own wording from a routine: words are never turned left to right
  // by matching them (that works in no language but English, and not always there).
  for (const stretch of byKey.values()) {
    const { left, right, both } = stretch.instructions;
    if (left && right) stretch.sides.push('pair');
    if (both) stretch.sides.push('both');
  }
  return [...byKey.values()].filter((stretch) => stretch.sides.length > 0);
}
