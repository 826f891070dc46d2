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

const SUMMARY = 'Your own routine: 2 stretches.';

describe('draft to routine', () => {
  const draft: Draft = {
    name: '  My night  ',
    steps: [
      { key: 'wall-calf', side: 'pair', holdSeconds: 45, repetitions: 1 },
      { key: 'wall-calf', side: 'pair', holdSeconds: 20, repetitions: 3 },
    ],
  };

  it('makes a valid routine: pairs become a left and a right step with unique ids', () => {
    const check = draftToRoutine(draft, library, 'my-abc', SUMMARY);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.routine.name).toBe('My night');
    expect(check.routine.summary).toBe(SUMMARY);
    expect(check.routine.steps.map((step) => `${step.id}:${step.holdSeconds}`)).toEqual([
      '1-wall-calf-left:45',
      '1-wall-calf-right:45',
      '2-wall-calf-left:20',
      '2-wall-calf-right:20',
    ]);
  });

  it('round-trips through routineToDraft', () => {
    const check = draftToRoutine(draft, library, 'my-abc', SUMMARY);
    if (!check.ok) throw new Error(check.problem.code);
    expect(routineToDraft(check.routine)).toEqual({ ...draft, name: 'My night' });
  });

  it.each([
    ['no name', { ...draft, name: '  ' }, { code: 'noName' }],
    ['a long name', { ...draft, name: 'x'.repeat(41) }, { code: 'nameTooLong', max: 40 }],
    ['no stretches', { ...draft, steps: [] }, { code: 'noSteps' }],
    [
      'an unknown stretch',
      { ...draft, steps: [{ ...draft.steps[0]!, key: 'juggling' }] },
      { code: 'notInLibrary', position: 1 },
    ],
    [
      'a hold too short',
      { ...draft, steps: [{ ...draft.steps[0]!, holdSeconds: 2 }] },
      { code: 'holdRange', name: 'Calf', min: 5, max: 300 },
    ],
    [
      'no hold at all',
      { ...draft, steps: [{ ...draft.steps[0]!, holdSeconds: Number.NaN }] },
      { code: 'holdRange', name: 'Calf', min: 5, max: 300 },
    ],
    [
      'too many repetitions',
      { ...draft, steps: [{ ...draft.steps[0]!, repetitions: 11 }] },
      { code: 'repetitionsRange', name: 'Calf', min: 1, max: 10 },
    ],
    [
      'a side it cannot do',
      { ...draft, steps: [{ ...draft.steps[0]!, side: 'both' as const }] },
      { code: 'wrongSide', name: 'Calf' },
    ],
  ])('names the problem with %s', (_, bad, problem) => {
    const check = draftToRoutine(bad, library, 'my-abc', SUMMARY);
    expect(check).toEqual({ ok: false, problem });
  });

  it('is checked by the routines schema (a bad id is named by its field)', () => {
    const check = draftToRoutine(draft, library, 'Not An Id', SUMMARY);
    expect(check).toEqual({
      ok: false,
      problem: { code: 'invalid', field: 'id', message: expect.any(String) },
    });
  });
});
