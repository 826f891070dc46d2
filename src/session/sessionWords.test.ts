import { afterAll, describe, expect, it } from 'vitest';
import { twoStretches } from '../engine/testRoutines';
import { buildTimeline } from '../engine/timeline';
import { useLanguage } from '../i18n/i18n';
import { awayText } from './away';
import { upNextText } from './upNext';

// The Player's lines in other languages: whole sentences, the leg and the seconds in its words.

const timeline = buildTimeline(twoStretches);
afterAll(() => useLanguage('en'));

describe('session words in other languages', () => {
  it('Spanish: what comes next', async () => {
    await useLanguage('es');
    expect(upNextText(timeline, 0)).toBe('A continuación: mantén 30 segundos');
    expect(upNextText(timeline, 3)).toBe('A continuación: cambia a la pierna derecha');
    expect(upNextText(timeline, 7)).toBe('A continuación: Ankle circles, ambas piernas');
  });

  it('German: what comes next and what went by, with the phone-style short unit', async () => {
    await useLanguage('de');
    expect(upNextText(timeline, 1)).toBe('Als Nächstes: kurze Pause, dann Wiederholung 2 von 2');
    expect(awayText({ kind: 'side', awayMs: 70_000, now: 'right' })).toBe(
      'Sie waren 1 Min. weg: linkes Bein fertig, jetzt das rechte.',
    );
  });

  it('French and Portuguese: the last segment', async () => {
    await useLanguage('fr');
    expect(upNextText(timeline, 9)).toBe("C'est le dernier, ensuite vous avez fini.");
    await useLanguage('pt-BR');
    expect(upNextText(timeline, 9)).toBe('É o último. Depois, acabou.');
  });
});
