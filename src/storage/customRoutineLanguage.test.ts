import { describe, expect, it } from 'vitest';
import { twoStretches } from '../engine/testRoutines';
import { validRoutines } from './customRoutines';

describe('the language a stored routine was written in', () => {
  it('is kept with the routine', () => {
    const german = { ...twoStretches, id: 'mein-abend', language: 'de' };
    expect(validRoutines([german])).toEqual([german]);
  });

  it('is dropped when the app does not know it, and the routine kept', () => {
    const [kept] = validRoutines([{ ...twoStretches, id: 'mine', language: 'xx' }]);
    expect(kept?.id).toBe('mine');
    expect(kept?.language).toBeUndefined();
  });

  it('is absent on a routine saved before the app spoke other languages', () => {
    expect(validRoutines([twoStretches])).toEqual([twoStretches]);
  });
});
