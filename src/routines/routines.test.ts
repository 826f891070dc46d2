import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../storage/settings';
import { builtInRoutines, personalized } from './routines';

const longHolds = {
  ...DEFAULT_SETTINGS,
  holdSeconds: 45,
  repetitions: 3,
  firstSide: 'right',
} as const;

describe('a routine as this person will do it', () => {
  const bedtime = builtInRoutines.value.find((routine) => routine.id === 'bedtime-stretch');
  if (!bedtime) throw new Error('the bundled Bedtime stretch is missing');

  it('the hold and repetition settings reshape the bundled routines', () => {
    const steps = personalized(bedtime, longHolds).steps;
    expect(steps.every((step) => step.holdSeconds === 45 && step.repetitions === 3)).toBe(true);
  });

  it('a routine of their own keeps its holds and repetitions, but follows the leg order', () => {
    const own = {
      ...bedtime,
      id: 'my-evening',
      steps: bedtime.steps.map((step) => ({ ...step, holdSeconds: 20, repetitions: 1 })),
    };
    const steps = personalized(own, longHolds).steps;
    expect(steps.every((step) => step.holdSeconds === 20 && step.repetitions === 1)).toBe(true);
    expect(steps[0]?.side).toBe('right');
  });
});
