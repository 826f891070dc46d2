import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../src/engine/languages';
import { inOneLanguage } from '../src/engine/localized';
import { buildTimeline, routineMinutes } from '../src/engine/timeline';
import { loadRoutines, routineMessages, routinesPlugin } from './vite-plugin-routines';

describe('the shipped routines', () => {
  const routines = loadRoutines('routines');
  const byId = new Map(routines.map((routine) => [routine.id, routine]));
  const relief = byId.get('cramp-relief');
  if (!relief) throw new Error('no cramp relief');

  it('includes the four routines the app promises, in order', () => {
    expect(routines.map((routine) => routine.id)).toEqual([
      'bedtime-stretch',
      'quick-wind-down',
      'in-bed-stretch',
      'cramp-relief',
    ]);
  });

  it('has every word in every language, each its own translation', () => {
    for (const routine of routines) {
      const texts = [
        routine.name,
        routine.summary,
        ...routine.steps.flatMap((step) => [step.name, step.instruction]),
      ];
      for (const text of texts) {
        expect(Object.keys(text).sort()).toEqual([...LANGUAGES].sort());
        // Only an ankle-circle name may happen to read the same in two languages.
        expect(new Set(Object.values(text)).size, text.en).toBeGreaterThanOrEqual(4);
      }
    }
  });

  it('plays cramp relief as relief: for the cramping leg, standing up carefully', () => {
    expect(relief.mode).toBe('relief');
    const english = inOneLanguage(relief, (text) => text.en);
    const words = JSON.stringify(english);
    expect(words).not.toMatch(/both legs/i);
    expect(words).toMatch(/the cramping leg/);
    expect(words).toMatch(/usually eases within a few minutes/);
    const standing = english.steps.find((step) => /stand/i.test(step.name));
    expect(standing?.instruction).toMatch(/light/);
    expect(standing?.instruction).toMatch(/something steady/);
    expect(standing?.instruction).toMatch(/slowly/);
    for (const step of relief.steps) expect(step.holdSeconds).toBeGreaterThanOrEqual(90);
    for (const routine of routines) if (routine !== relief) expect(routine.mode).toBeUndefined();
  });

  // The safety words of cramp relief, in each language: a light, something steady, slowly; the
  // calf never rubbed when swollen, red or warm; the cramping leg, never both legs.
  it.each([
    [
      'es',
      [/luz/, /algo firme/, /despacio/],
      /hinchada, roja o caliente/,
      /ambas piernas|las dos piernas/,
    ],
    ['de', [/Licht/, /etwas Festem/, /langsam/], /geschwollen, gerötet oder warm/, /beide Beine/],
    ['fr', [/lumière/, /stable/, /lentement/], /gonflé, rouge ou chaud/, /les deux jambes/],
    [
      'pt-BR',
      [/luz/, /algo firme/, /devagar/],
      /inchada, vermelha ou quente/,
      /(as|ambas as) duas pernas/,
    ],
  ] as const)(
    'keeps the safety words of cramp relief in %s',
    (language, standingWords, swollen, bothLegs) => {
      const [pull, rub, stand] = relief.steps;
      for (const word of standingWords) expect(stand?.instruction[language]).toMatch(word);
      expect(rub?.instruction[language]).toMatch(swollen);
      expect(JSON.stringify(inOneLanguage(relief, (text) => text[language]))).not.toMatch(bothLegs);
      expect(pull?.instruction[language]).toBeTruthy();
    },
  );

  it('takes about eight minutes for the bedtime stretch and three for the quick one', () => {
    const minutes = (id: string) => {
      const routine = byId.get(id);
      if (!routine) throw new Error(id);
      return routineMinutes(buildTimeline(inOneLanguage(routine, (text) => text.en)));
    };
    expect(minutes('bedtime-stretch')).toBeGreaterThanOrEqual(7);
    expect(minutes('bedtime-stretch')).toBeLessThanOrEqual(9);
    expect(minutes('quick-wind-down')).toBe(3);
  });
});

describe('a broken routine file fails the build, naming the file, the field and the language', () => {
  const good = () => JSON.parse(JSON.stringify(loadRoutines('routines')[0]));
  const loadBroken = (breakIt: (data: Record<string, any>) => void) => {
    const directory = mkdtempSync(join(tmpdir(), 'routines-'));
    const data = { ...good(), id: 'bad' };
    breakIt(data);
    writeFileSync(join(directory, 'bad.json'), JSON.stringify(data));
    return () => loadRoutines(directory);
  };

  it('text that is not JSON', () => {
    const directory = mkdtempSync(join(tmpdir(), 'routines-'));
    writeFileSync(join(directory, 'bad.json'), '{"id": ');
    expect(() => loadRoutines(directory)).toThrow(/bad\.json: not valid JSON/);
  });

  it('an id that is not the file name', () => {
    expect(loadBroken((data) => (data.id = 'other'))).toThrow(
      /bad\.json: field "id": must match the file name \("bad"\)$/,
    );
  });

  it('a field of the wrong type', () => {
    expect(loadBroken((data) => (data.order = 'first'))).toThrow(/bad\.json: field "order"/);
  });

  it('a step without one language', () => {
    expect(loadBroken((data) => delete data.steps[2].instruction.fr)).toThrow(
      /bad\.json: steps\[2\]\.instruction has no "fr"$/,
    );
  });

  it('a routine name without two languages', () => {
    expect(
      loadBroken((data) => {
        delete data.name.de;
        delete data.name['pt-BR'];
      }),
    ).toThrow(/bad\.json: name has no "de", "pt-BR"$/);
  });

  it('a language the app does not speak', () => {
    expect(loadBroken((data) => (data.steps[0].name.it = 'Polpaccio'))).toThrow(
      /bad\.json: steps\[0\]\.name has "it", which is not one of the app's languages/,
    );
  });

  it('a text written in one language only, as plain text', () => {
    expect(loadBroken((data) => (data.summary = 'Just English.'))).toThrow(
      /bad\.json: summary must be written in every language, as \{ "en", "es", "de", "fr", "pt-BR" \}/,
    );
  });

  it('a translation that breaks a rule of the routine format', () => {
    expect(loadBroken((data) => (data.steps[1].name.de = 'x'.repeat(61)))).toThrow(
      /bad\.json: field "steps\.1\.name" in "de": Invalid length/,
    );
    expect(loadBroken((data) => (data.steps[0].instruction.es = '   '))).toThrow(
      /bad\.json: field "steps\.0\.instruction" in "es"/,
    );
  });

  it('a routine file that names one language for itself', () => {
    expect(loadBroken((data) => (data.language = 'en'))).toThrow(
      /bad\.json: field "language": a routine file is written in every language/,
    );
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
  const exported = (source: string, name: string) => {
    const line = source.split('\n').find((text) => text.startsWith(`export const ${name} = `));
    if (!line) throw new Error(`no export ${name}`);
    return JSON.parse(line.replace(/^export const \w+ = |;$/g, ''));
  };

  it("Home gets every routine without words (they come in its own language's messages); the rest of the app gets them whole", () => {
    const whole = exported(load('virtual:routines'), 'localizedRoutines');
    const outlines = exported(load('virtual:routine-outlines'), 'routineOutlines');
    expect(outlines).toEqual(
      whole.map(
        ({
          name: _routineName,
          summary: _summary,
          ...routine
        }: {
          name: unknown;
          summary: unknown;
          steps: { name: unknown; instruction: unknown }[];
        }) => ({
          ...routine,
          steps: routine.steps.map(({ name: _name, instruction: _, ...step }) => step),
        }),
      ),
    );
    expect(JSON.stringify(outlines)).not.toContain('"instruction"');
    expect(routineMessages('routines', 'es')['bedtime-stretch.name']).toBe(
      'Estiramiento antes de dormir',
    );
    expect(routineMessages('routines', 'de')['cramp-relief.name']).toBe('Hilfe bei Krampf');
    expect(whole[0].steps[0].name.de).toBe('Wadendehnung an der Wand');
  });

  it('tests also get them in English as plain routines', () => {
    const english = exported(load('virtual:routines'), 'routines');
    expect(english).toEqual(loadRoutines('routines').map((r) => inOneLanguage(r, (t) => t.en)));
    expect(english[0].steps[0].name).toBe('Wall calf stretch');
  });
});
