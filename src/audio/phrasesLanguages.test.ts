import { afterAll, describe, expect, it } from 'vitest';
import type { Cue, CueKind } from '../engine/session';
import { reliefRoutine, twoStretches } from '../engine/testRoutines';
import { buildTimeline } from '../engine/timeline';
import { useLanguage } from '../i18n/i18n';
import { phraseFor } from './phrases';

// The spoken prompts in each language: whole sentences, the side and the seconds in the words of
// that language (the step names come from the routine already in the language; here they stay
// the test routine's English ones).

const timeline = buildTimeline(twoStretches);
const cue = (kind: CueKind, segmentIndex: number, stepIndex?: number): Cue => ({
  kind,
  segmentIndex,
  stepIndex: stepIndex ?? timeline.segments[segmentIndex]?.stepIndex ?? 0,
  scheduledAt: 0,
});
const relief = buildTimeline(reliefRoutine);

afterAll(() => useLanguage('en'));

describe.each([
  {
    language: 'es',
    getReady:
      'Test routine. Con suavidad, nunca hasta sentir dolor. Primero, Calf, pierna izquierda. Prepárate.',
    hold: 'Calf, pierna izquierda. Mantén 30 segundos.',
    again: 'Otra vez. Mantén 30 segundos.',
    switchSide: 'Cambia a la pierna derecha. Prepárate.',
    next: 'Ahora, Ankle circles, ambas piernas. Prepárate.',
    rest: 'Relájate. Queda una más.',
    done: 'Muy bien. Que duermas bien.',
    reliefNext: /^¿Sigue tenso\? Prueba esto\. /,
  },
  {
    language: 'de',
    getReady:
      'Test routine. Sanft, nie bis zum Schmerz. Zuerst: Calf, linkes Bein. Machen Sie sich bereit.',
    hold: 'Calf, linkes Bein. Halten Sie 30 Sekunden.',
    again: 'Noch einmal. Halten Sie 30 Sekunden.',
    switchSide: 'Wechseln Sie zum rechten Bein. Machen Sie sich bereit.',
    next: 'Als Nächstes: Ankle circles, beide Beine. Machen Sie sich bereit.',
    rest: 'Entspannen Sie sich. Noch eine Wiederholung.',
    done: 'Gut gemacht. Schlafen Sie gut.',
    reliefNext: /^Immer noch verkrampft\? /,
  },
  {
    language: 'fr',
    getReady:
      "Test routine. En douceur, jamais jusqu'à la douleur. D'abord, Calf, jambe gauche. Préparez-vous.",
    hold: 'Calf, jambe gauche. Tenez 30 secondes.',
    again: 'Encore une fois. Tenez 30 secondes.',
    switchSide: 'Passez à la jambe droite. Préparez-vous.',
    next: 'Ensuite, Ankle circles, les deux jambes. Préparez-vous.',
    rest: "Détendez-vous. Plus qu'une.",
    done: 'Bravo. Dormez bien.',
    reliefNext: /^Toujours contracté\u00a0\? Essayez ceci\. /,
  },
  {
    language: 'pt-BR',
    getReady:
      'Test routine. Com calma, sem chegar à dor. Primeiro, Calf, perna esquerda. Prepare-se.',
    hold: 'Calf, perna esquerda. Segure por 30 segundos.',
    again: 'De novo. Segure por 30 segundos.',
    switchSide: 'Passe para a perna direita. Prepare-se.',
    next: 'A seguir, Ankle circles, as duas pernas. Prepare-se.',
    rest: 'Relaxe. Falta mais uma.',
    done: 'Muito bem. Durma bem.',
    reliefNext: /^Ainda está contraído\? Tente isto\. /,
  },
] as const)('spoken phrases in $language', (expected) => {
  it('says every cue as whole sentences in the language', async () => {
    await useLanguage(expected.language);
    expect(phraseFor(cue('get-ready', 0), timeline)).toBe(expected.getReady);
    expect(phraseFor(cue('hold-start', 1), timeline)).toBe(expected.hold);
    expect(phraseFor(cue('hold-start', 3), timeline)).toBe(expected.again);
    expect(phraseFor(cue('switch-side', 4), timeline)).toBe(expected.switchSide);
    expect(phraseFor(cue('next-stretch', 8), timeline)).toBe(expected.next);
    expect(phraseFor(cue('rest', 2), timeline)).toBe(expected.rest);
    expect(phraseFor(cue('done', 9), timeline)).toBe(expected.done);
    expect(phraseFor(cue('countdown', 1), timeline)).toBeNull();
    expect(phraseFor(cue('hold-start', 1, 1), relief)).toMatch(expected.reliefNext);
  });
});

describe('plurals are the language’s own, never an added "s"', () => {
  const oneSecond = buildTimeline({
    ...twoStretches,
    steps: twoStretches.steps.map((step) => ({ ...step, holdSeconds: 1, repetitions: 4 })),
  });
  it.each([
    ['en', 'Hold for 1 second.', 'Relax. 3 more to go.'],
    ['es', 'Mantén 1 segundo.', 'Relájate. Quedan 3 más.'],
    ['de', 'Halten Sie 1 Sekunde.', 'Entspannen Sie sich. Noch 3 Wiederholungen.'],
    ['fr', 'Tenez 1 seconde.', 'Détendez-vous. Plus que 3.'],
    ['pt-BR', 'Segure por 1 segundo.', 'Relaxe. Faltam mais 3.'],
  ] as const)('%s', async (language, hold, rest) => {
    await useLanguage(language);
    expect(phraseFor(cue('hold-start', 1), oneSecond)).toContain(hold);
    // Rest before the second of four holds: three more to go.
    const restBeforeSecond = oneSecond.segments.findIndex((segment) => segment.kind === 'rest');
    const restCue = {
      ...cue('rest', restBeforeSecond),
      stepIndex: oneSecond.segments[restBeforeSecond]?.stepIndex ?? 0,
    };
    expect(phraseFor(restCue, oneSecond)).toBe(rest);
  });
});
