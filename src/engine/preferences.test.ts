import { describe, expect, it } from 'vitest';
import { applyPreferences, timelineOptionsFrom } from './preferences';
import type { Routine } from './routine';
import { twoStretches } from './testRoutines';
import { buildTimeline } from './timeline';

const asRoutine = { holdSeconds: null, repetitions: null, firstSide: 'left' } as const;

const sides = (routine: Routine) =>
  routine.steps.map((step) => `${step.illustration}:${step.side}`);

describe('applyPreferences', () => {
  it('changes nothing when the person keeps the routine as it is', () => {
    expect(applyPreferences(twoStretches, asRoutine)).toEqual(twoStretches);
  });

  it('overrides every hold and every repetition count', () => {
    const routine = applyPreferences(twoStretches, {
      ...asRoutine,
      holdSeconds: 45,
      repetitions: 3,
    });
    expect(routine.steps.map((step) => [step.holdSeconds, step.repetitions])).toEqual([
      [45, 3],
      [45, 3],
      [45, 3],
    ]);
  });

  it('keeps the routine untouched (returns new steps)', () => {
    applyPreferences(twoStretches, { ...asRoutine, holdSeconds: 20, firstSide: 'right' });
    expect(twoStretches.steps[0]?.holdSeconds).toBe(30);
    expect(twoStretches.steps[0]?.side).toBe('left');
  });

  it('puts the right leg first in each left/right pair when asked', () => {
    const routine = applyPreferences(twoStretches, { ...asRoutine, firstSide: 'right' });
    expect(sides(routine)).toEqual(['wall-calf:right', 'wall-calf:left', 'ankle-circles:both']);
    expect(routine.steps.map((step) => step.id)).toEqual(['calf-right', 'calf-left', 'ankles']);
  });

  it('puts the left leg first when a routine starts a pair on the right', () => {
    const rightFirst: Routine = {
      ...twoStretches,
      steps: [twoStretches.steps[1], twoStretches.steps[0]].filter((step) => step !== undefined),
    };
    expect(sides(applyPreferences(rightFirst, asRoutine))).toEqual([
      'wall-calf:left',
      'wall-calf:right',
    ]);
  });

  it('swaps pairs only, never across two different stretches or overlapping pairs', () => {
    const base = twoStretches.steps[0];
    if (!base) throw new Error('test routine has steps');
    const step = (illustration: string, side: 'left' | 'right' | 'both', id: string) => ({
      ...base,
      id,
      illustration,
      side,
    });
    const routine: Routine = {
      ...twoStretches,
      steps: [
        step('wall-calf', 'left', 'a'),
        step('wall-calf', 'right', 'b'),
        step('wall-calf', 'left', 'c'),
        step('hamstring', 'right', 'd'),
        step('hamstring', 'left', 'e'),
        step('ankles', 'both', 'f'),
      ],
    };
    const ids = applyPreferences(routine, { ...asRoutine, firstSide: 'right' }).steps.map(
      (s) => s.id,
    );
    // a/b form a pair (swapped); c stands alone; d/e already start on the right.
    expect(ids).toEqual(['b', 'a', 'c', 'd', 'e', 'f']);
  });

  it('still gives a side switch between the two legs after swapping', () => {
    const routine = applyPreferences(twoStretches, { ...asRoutine, firstSide: 'right' });
    const kinds = buildTimeline(routine).segments.map((segment) => segment.kind);
    expect(kinds.filter((kind) => kind === 'switch')).toHaveLength(1);
  });
});

describe('timelineOptionsFrom', () => {
  it('uses the chosen get-ready and rest lengths', () => {
    const timeline = buildTimeline(
      twoStretches,
      timelineOptionsFrom({ readySeconds: 15, restSeconds: 0 }),
    );
    expect(timeline.segments[0]).toMatchObject({ kind: 'ready', durationMs: 15_000 });
    // No rest at all: the second hold follows the first at once.
    expect(timeline.segments[2]).toMatchObject({ kind: 'hold', repetition: 2 });
  });
});
