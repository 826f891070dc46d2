import { afterEach, describe, expect, it } from 'vitest';
import { twoStretches } from '../engine/testRoutines';
import { useLanguage } from '../i18n/i18n';
import { fullBuiltInRoutines } from './builtInFull';
import { customRoutines } from './customRoutines';
import { fullRoutine } from './fullRoutines';
import { builtInRoutines, findRoutine } from './routines';

afterEach(async () => {
  await useLanguage('en');
  customRoutines.value = [];
});

describe('the bundled routines, in the app language', () => {
  it('are in English as before', async () => {
    expect(builtInRoutines.value.map((routine) => routine.name)).toEqual([
      'Bedtime stretch',
      'Quick wind-down',
      'In-bed stretch',
      'Cramp relief',
    ]);
    expect(fullRoutine('bedtime-stretch')?.steps[0]?.name).toBe('Wall calf stretch');
  });

  it('follow a change of language at once, steps and instructions too', async () => {
    await useLanguage('de');
    expect(findRoutine('cramp-relief')?.name).toBe('Hilfe bei Krampf');
    const bedtime = fullRoutine('bedtime-stretch');
    expect(bedtime?.name).toBe('Dehnübungen vor dem Schlafen');
    expect(bedtime?.steps[0]?.name).toBe('Wadendehnung an der Wand');
    expect(bedtime?.steps[0]?.instruction).toMatch(/^Hände an die Wand/);

    await useLanguage('es');
    expect(findRoutine('cramp-relief')?.name).toBe('Alivio del calambre');
    expect(fullBuiltInRoutines.value[0]?.steps[2]?.name).toBe(
      'Estiramiento del muslo, al borde de la cama',
    );

    await useLanguage('pt-BR');
    expect(fullRoutine('cramp-relief')?.steps[2]?.instruction).toMatch(/^Acenda uma luz/);
    await useLanguage('fr');
    expect(fullRoutine('cramp-relief')?.summary).toMatch(/crampe au mollet/);
  });

  it('are marked in the pseudo-language, so none is left unmarked', async () => {
    await useLanguage('en-XA');
    const name = builtInRoutines.value[0]?.name ?? '';
    await useLanguage('en');
    expect(name).not.toBe('Bedtime stretch');
    expect(name).toContain('⟦');
  });

  it('keep their timing and structure in every language', async () => {
    const english = fullRoutine('bedtime-stretch');
    await useLanguage('fr');
    const french = fullRoutine('bedtime-stretch');
    const shape = (routine: typeof english) =>
      routine?.steps.map(({ id, side, holdSeconds, repetitions, illustration }) => ({
        id,
        side,
        holdSeconds,
        repetitions,
        illustration,
      }));
    expect(shape(french)).toEqual(shape(english));
  });
});

describe('a routine of the person’s own', () => {
  it('is shown as written, whatever the app language', async () => {
    customRoutines.value = [{ ...twoStretches, id: 'my-legs', language: 'en' }];
    await useLanguage('de');
    expect(findRoutine('my-legs')?.name).toBe(twoStretches.name);
    expect(fullRoutine('my-legs')?.steps[0]?.name).toBe(twoStretches.steps[0]?.name);
    expect(fullRoutine('my-legs')?.language).toBe('en');
  });
});
