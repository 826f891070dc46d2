import { describe, expect, it } from 'vitest';
import { twoStretches } from '../engine/testRoutines';
import { validRoutines } from './customRoutines';

describe('stored custom routines', () => {
  it('keeps the valid ones and drops broken records instead of throwing', () => {
    const broken = { ...twoStretches, id: 'my-broken', steps: [] };
    expect(validRoutines([twoStretches, broken, 'junk', null, twoStretches])).toEqual([
      twoStretches,
    ]);
  });

  it.each([undefined, null, 'text', { routines: [] }])('reads %s as no routines', (stored) => {
    expect(validRoutines(stored)).toEqual([]);
  });
});
