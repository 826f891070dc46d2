import { describe, expect, it } from 'vitest';
import { type Draft, draftToRoutine, routineToDraft } from './draft';
import { deriveLibrary } from './library';
import { twoStretches } from './testRoutines';

const library = deriveLibrary([twoStretches]);

describe('stretch library', () => {
  it('has one entry per illustration with its name, wording and usual hold', () => {
    expect(library.map((stretch) => stretch.key)).toEqual([
      ...new Set(twoStretches.steps.map((step) => step.illustration)),
    ]);
    const calf = library.find((stretch) => stretch.key === 'wall-calf');
    expect(calf).toMatchObject({ name: 'Calf', sides: ['pair'], holdSeconds: 30, repetitions: 2 });
    expect(calf?.instructions.left).toBeTruthy();
    expect(calf?.instructions.right).toBeTruthy();
  });

  it('offers a left/right pair only where each leg has its own wording, never made by swapping words', () => {
    const oneLeg = deriveLibrary([
      {
        ...twoStretches,
        steps: [{ ...twoStretches.steps[0]!, instruction: 'Step your left foot back.' }],
      },
    ]);
    expect(oneLeg).toEqual([]);
  });
});

describe('draft to routine', () => {
  const draft: Draft = {
    name: '  My night  ',
    steps: [
      { key: 'wall-calf', side: 'pair', holdSeconds: 45, repetitions: 1 },
      { key: 'wall-calf', side: 'pair', holdSeconds: 20, repetitions: 3 },
    ],
  };

  it('makes a valid routine: pairs become a left and a right step with unique ids', () => {
    const check = draftToRoutine(draft, library, 'my-abc');
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.routine.name).toBe('My night');
    expect(check.routine.steps.map((step) => `${step.id}:${step.holdSeconds}`)).toEqual([
      '1-wall-calf-left:45',
      '1-wall-calf-right:45',
      '2-wall-calf-left:20',
      '2-wall-calf-right:20',
    ]);
  });

  it('round-trips through routineToDraft', () => {
    const check = draftToRoutine(draft, library, 'my-abc');
    if (!check.ok) throw new Error(check.problem);
    expect(routineToDraft(check.routine)).toEqual({ ...draft, name: 'My night' });
  });

  it.each([
    ['no name', { ...draft, name: '  ' }, /name/],
    ['a long name', { ...draft, name: 'x'.repeat(41) }, /40 letters/],
    ['no stretches', { ...draft, steps: [] }, /at least one stretch/],
    [
      'an unknown stretch',
      { ...draft, steps: [{ ...draft.steps[0]!, key: 'juggling' }] },
      /Stretch 1/,
    ],
    [
      'a hold too short',
      { ...draft, steps: [{ ...draft.steps[0]!, holdSeconds: 2 }] },
      /Hold Calf for 5 to 300/,
    ],
    [
      'no hold at all',
      { ...draft, steps: [{ ...draft.steps[0]!, holdSeconds: Number.NaN }] },
      /Hold Calf/,
    ],
    [
      'too many repetitions',
      { ...draft, steps: [{ ...draft.steps[0]!, repetitions: 11 }] },
      /Repeat Calf 1 to 10/,
    ],
    [
      'a side it cannot do',
      { ...draft, steps: [{ ...draft.steps[0]!, side: 'both' as const }] },
      /that way round/,
    ],
  ])('names the problem with %s', (_, bad, problem) => {
    const check = draftToRoutine(bad, library, 'my-abc');
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problem).toMatch(problem);
  });

  it('is checked by the routines schema (a bad id is named by its field)', () => {
    const check = draftToRoutine(draft, library, 'Not An Id');
    expect(check).toEqual({ ok: false, problem: expect.stringMatching(/^Field "id"/) });
  });
});
