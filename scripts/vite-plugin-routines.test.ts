import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTimeline, routineMinutes } from '../src/engine/timeline';
import { loadRoutines, routinesPlugin } from './vite-plugin-routines';

describe('the shipped routines', () => {
  const routines = loadRoutines('routines');
  const byId = new Map(routines.map((routine) => [routine.id, routine]));

  it('includes the four routines the app promises, in order', () => {
    expect(routines.map((routine) => routine.id)).toEqual([
      'bedtime-stretch',
      'quick-wind-down',
      'in-bed-stretch',
      'cramp-relief',
    ]);
  });

  it('plays cramp relief as relief: for the cramping leg, standing up carefully', () => {
    const relief = byId.get('cramp-relief');
    if (!relief) throw new Error('no cramp relief');
    expect(relief.mode).toBe('relief');
    const words = JSON.stringify(relief);
    expect(words).not.toMatch(/both legs/i);
    expect(words).toMatch(/the cramping leg/);
    expect(words).toMatch(/usually eases within a few minutes/);
    const standing = relief.steps.find((step) => /stand/i.test(step.name));
    expect(standing?.instruction).toMatch(/light/);
    expect(standing?.instruction).toMatch(/something steady/);
    expect(standing?.instruction).toMatch(/slowly/);
    for (const step of relief.steps) expect(step.holdSeconds).toBeGreaterThanOrEqual(90);
    for (const routine of routines) if (routine !== relief) expect(routine.mode).toBeUndefined();
  });

  it('takes about eight minutes for the bedtime stretch and three for the quick one', () => {
    const minutes = (id: string) => {
      const routine = byId.get(id);
      if (!routine) throw new Error(id);
      return routineMinutes(buildTimeline(routine));
    };
    expect(minutes('bedtime-stretch')).toBeGreaterThanOrEqual(7);
    expect(minutes('bedtime-stretch')).toBeLessThanOrEqual(9);
    expect(minutes('quick-wind-down')).toBe(3);
  });

  it('fails the build on a broken file, naming the file and field', () => {
    const directory = mkdtempSync(join(tmpdir(), 'routines-'));
    writeFileSync(
      join(directory, 'bad.json'),
      JSON.stringify({ ...byId.get('quick-wind-down'), id: 'bad', summary: 7 }),
    );
    expect(() => loadRoutines(directory)).toThrow(/bad\.json: field "summary"/);
  });
});

describe('the two virtual modules', () => {
  const plugin = routinesPlugin('routines');
  const load = (id: string): string => {
    const resolved = (plugin.resolveId as (id: string) => string | null)(id);
    if (!resolved) throw new Error(`${id} did not resolve`);
    const source = (plugin.load as (this: unknown, id: string) => string | null).call(
      { addWatchFile() {} },
      resolved,
    );
    if (!source) throw new Error(`${id} did not load`);
    return source;
  };
  const data = (source: string) => JSON.parse(source.replace(/^export const \w+ = |;$/g, ''));

  it('Home gets every routine without the instructions; the rest of the app gets them whole', () => {
    const whole = data(load('virtual:routines'));
    const outlines = data(load('virtual:routine-outlines'));
    expect(outlines).toEqual(
      whole.map((routine: { steps: { instruction: string }[] }) => ({
        ...routine,
        steps: routine.steps.map(({ instruction: _, ...step }) => step),
      })),
    );
    expect(JSON.stringify(outlines)).not.toContain('"instruction"');
  });
});
