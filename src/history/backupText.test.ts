import { afterEach, describe, expect, it } from 'vitest';
import { loadAllMessages, useLanguage } from '../i18n/i18n';
import { conflictsText, countsText, erasedText, unreadableText } from './backupText';

const none = { completions: 0, cramps: 0, routines: 0 };

describe('backup sentences', () => {
  afterEach(async () => {
    await useLanguage('en');
  });

  it('say in English exactly what they said before the string layer', () => {
    expect(countsText({ completions: 3, cramps: 1, routines: 2 })).toBe(
      '3 sessions, 1 cramp and 2 routines of your own',
    );
    expect(countsText({ completions: 0, cramps: 1, routines: 0 })).toBe('0 sessions and 1 cramp');
    expect(conflictsText(none)).toBeNull();
    expect(conflictsText({ ...none, completions: 1 })).toBe(
      'In conflict: 1 session in the file differs from the same record on this phone. The one on this phone is kept as it is.',
    );
    expect(conflictsText({ completions: 2, cramps: 1, routines: 0 })).toBe(
      'In conflict: 2 sessions and 1 cramp in the file differ from the same records on this phone. The ones on this phone are kept as they are.',
    );
    expect(
      erasedText({
        completions: 5,
        cramps: 1,
        routines: 1,
        settings: true,
        unfinishedSession: true,
      }),
    ).toBe(
      'Erased from this phone: 5 sessions, 1 cramp, 1 routine of your own, your settings and an unfinished routine. Nightstretch is as it was on the first day.',
    );
    expect(unreadableText({ completions: 0, cramps: 0 })).toBeNull();
    expect(unreadableText({ completions: 1, cramps: 0 })).toBe(
      '1 saved session is damaged and cannot be shown, so it is left out below. Everything else is here.',
    );
    expect(unreadableText({ completions: 2, cramps: 1 })).toBe(
      '2 saved sessions and 1 cramp in the diary are damaged and cannot be shown, so they are left out below. Everything else is here.',
    );
  });

  it('follow the chosen language, with its own plurals and its own word for "and"', async () => {
    await useLanguage('de');
    await loadAllMessages();
    expect(countsText({ completions: 1, cramps: 2, routines: 0 })).toBe(
      '1 Übungseinheit und 2 Krämpfe',
    );
    expect(
      erasedText({
        completions: 2,
        cramps: 0,
        routines: 0,
        settings: true,
        unfinishedSession: false,
      }),
    ).toBe(
      'Von diesem Handy gelöscht: 2 Übungseinheiten, 0 Krämpfe und Ihre Einstellungen. Nightstretch ist wieder wie am ersten Tag.',
    );
    await useLanguage('pt-BR');
    // Portuguese says "0 sessões", though its plural rule counts 0 as one.
    expect(countsText({ completions: 0, cramps: 1, routines: 0 })).toBe('0 sessões e 1 câimbra');
    await useLanguage('es');
    expect(unreadableText({ completions: 0, cramps: 3 })).toBe(
      '3 calambres del diario están dañados y no se pueden mostrar, así que no aparecen abajo. Todo lo demás está aquí.',
    );
  });
});
