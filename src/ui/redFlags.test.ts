import { afterAll, describe, expect, it } from 'vitest';
import { doctorVisitSuggested } from '../engine/cramp';
import { LANGUAGES } from '../engine/languages';
import { t, useLanguage } from '../i18n/i18n';
import { RED_FLAG_TIERS, RED_FLAGS } from './redFlags';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 2, 10);
const cramps = (daysAgo: number[]) =>
  daysAgo.map((days) => ({ at: NOW - days * DAY, loggedAt: NOW }));

/** The glossary's words for the emergency tier and for "do not rub or massage", per language. */
const EMERGENCY_NUMBER = {
  en: 'your local emergency number',
  es: 'número de emergencias de tu zona', // "llama al…": a + el
  de: 'die örtliche Notrufnummer',
  fr: "le numéro d'urgence local",
  'pt-BR': 'o número de emergência local',
} as const;
const NEVER_MASSAGE = {
  en: /do not rub or massage/,
  es: /no la frotes ni le des masajes/,
  de: /Nicht reiben oder massieren/,
  fr: /ne le frottez pas et ne le massez pas/,
  'pt-BR': /não esfregue nem massageie/,
} as const;

afterAll(() => useLanguage('en'));

describe('the warning signs', () => {
  it('come in three tiers, most urgent first', () => {
    expect(RED_FLAG_TIERS.map((tier) => t(RED_FLAGS[tier].title))).toEqual([
      'Now: call your local emergency number',
      'Today: see a doctor',
      'Book an appointment',
    ]);
  });

  it('say "three or more cramps in a week", the same rule that raises the doctor card', () => {
    expect(t(RED_FLAGS.book.signs[0] ?? 'health.bookTitle')).toContain(
      'three or more cramps in a week',
    );
    expect(doctorVisitSuggested(cramps([0, 3, 6]), NOW, null)).toBe(true);
    expect(doctorVisitSuggested(cramps([0, 3, 8]), NOW, null)).toBe(false);
  });

  for (const language of LANGUAGES) {
    describe(`in ${language}`, () => {
      it('every sign is its own message, none left untranslated or empty', async () => {
        await useLanguage(language);
        for (const tier of RED_FLAG_TIERS) {
          const { title, lead, signs } = RED_FLAGS[tier];
          for (const key of [title, lead, ...signs]) {
            const words = t(key);
            expect(words, key).not.toBe(key);
            expect(words.trim().length, key).toBeGreaterThan(3);
          }
        }
      });

      it('the emergency tier names the local emergency number, never one country’s', async () => {
        await useLanguage(language);
        const now = RED_FLAGS.now;
        expect(t(now.title)).toContain(EMERGENCY_NUMBER[language]);
        expect([now.title, now.lead, ...now.signs].map((key) => t(key)).join(' ')).not.toMatch(
          /\d/,
        );
      });

      it('never suggests rubbing a swollen, red or warm calf', async () => {
        await useLanguage(language);
        expect(t('health.todaySignClot')).toMatch(NEVER_MASSAGE[language]);
      });
    });
  }
});
