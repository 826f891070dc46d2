import { describe, expect, it } from 'vitest';
import { checkRoutine } from './routine';
import { twoStretches } from './testRoutines';

type Editable = any;

const good = JSON.stringify({ ...twoStretches, id: 'good' });

// Routine files (JSON in every language, the id matching the file name) are read by
// routineFile.ts; scripts/vite-plugin-routines.test.ts breaks them at build time.

describe('routine schema', () => {
  it('accepts a well-formed routine', () => {
    const check = checkRoutine(JSON.parse(good));
    expect(check.ok && check.routine.steps).toHaveLength(3);
  });

  it.each([
    ['a missing name', (r: Editable) => delete r.name, 'name'],
    ['an unknown side', (r: Editable) => (r.steps[1].side = 'middle'), 'steps.1.side'],
    [
      'a hold given as text',
      (r: Editable) => (r.steps[0].holdSeconds = '30'),
      'steps.0.holdSeconds',
    ],
    [
      'a fractional repetition',
      (r: Editable) => (r.steps[2].repetitions = 1.5),
      'steps.2.repetitions',
    ],
    ['no steps at all', (r: Editable) => (r.steps = []), 'steps'],
    [
      'an empty instruction',
      (r: Editable) => (r.steps[0].instruction = '  '),
      'steps.0.instruction',
    ],
    ['an unexpected field', (r: Editable) => (r.steps[0].colour = 'red'), 'steps.0.colour'],
    ['an id with spaces', (r: Editable) => (r.steps[0].id = 'Calf Left'), 'steps.0.id'],
  ])('refuses %s and names the field', (_label, breakIt, field) => {
    const data = JSON.parse(good);
    breakIt(data);
    expect(checkRoutine(data)).toMatchObject({ ok: false, field });
  });

  it('refuses duplicate step ids', () => {
    const data = JSON.parse(good);
    data.steps[1].id = data.steps[0].id;
    const check = checkRoutine(data);
    expect(check.ok).toBe(false);
  });
});
