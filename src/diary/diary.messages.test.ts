import { afterAll, describe, expect, it } from 'vitest';
import { LEGS, MUSCLES } from '../engine/cramp';
import { LANGUAGES } from '../engine/languages';
import { t, useLanguage } from '../i18n/i18n';
import { LEG_NAMES, MUSCLE_NAMES } from './CrampFields';

afterAll(() => useLanguage('en'));

describe('the diary in words', () => {
  it('says a logged cramp in English exactly as before', () => {
    expect(
      t('diary.savedSummary', { leg: 'both', muscle: 'thigh', severity: 4, time: 'Tue 03:10' }),
    ).toBe('Both legs, thigh, 4 of 5, on Tue 03:10. It is on your calendar now.');
    expect(t('diary.savedSummary', { leg: 'left', muscle: 'calf', severity: 2, time: 'X' })).toBe(
      'Left leg, calf, 2 of 5, on X. It is on your calendar now.',
    );
  });

  for (const language of LANGUAGES) {
    it(`has a word for every leg and muscle, and a whole sentence for each, in ${language}`, async () => {
      await useLanguage(language);
      const sentences = new Set<string>();
      for (const leg of LEGS)
        for (const muscle of MUSCLES) {
          const sentence = t('diary.savedSummary', { leg, muscle, severity: 3, time: '⏱' });
          expect(sentence).toContain('3');
          expect(sentence).toContain('⏱');
          sentences.add(sentence);
        }
      // Nine different sentences: no leg or muscle falls through to another's words.
      expect(sentences.size).toBe(LEGS.length * MUSCLES.length);
      const names = [
        ...LEGS.map((leg) => t(LEG_NAMES[leg])),
        ...MUSCLES.map((m) => t(MUSCLE_NAMES[m])),
      ];
      expect(new Set(names).size).toBe(names.length);
      for (const name of names) expect(name).not.toMatch(/^diary\./);
    });
  }
});
