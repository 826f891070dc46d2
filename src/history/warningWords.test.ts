import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { doctorSummary } from '../engine/doctorSummary';
import { LANGUAGES } from '../engine/languages';
import { warningWordsFor } from './warningWords';

const note = (language: string): string =>
  JSON.parse(readFileSync(`src/i18n/messages/${language}/insights.json`, 'utf8')).warningNote;

describe('warningWordsFor', () => {
  it('looks for the examples the summary names, in every language', () => {
    for (const language of LANGUAGES) {
      const inBrackets = /\(([^)]*)\)/.exec(note(language))?.[1] ?? '';
      // "(such as swollen, red, … or pale)": drop the lead-in, split at commas and "or".
      const examples = inBrackets
        .replace(/^(such as|como|etwa|comme)\s+/, '')
        .split(/,\s*|\s+(?:or|o|oder|ou)\s+/);
      expect(examples.length, language).toBeGreaterThanOrEqual(5);
      const words = warningWordsFor(language as (typeof LANGUAGES)[number]).map((word) =>
        word.toLowerCase(),
      );
      for (const example of examples) expect(words, `${language}: ${example}`).toContain(example);
    }
  });

  it('keeps English too, so notes written before a change of language still show', () => {
    expect(warningWordsFor('de')).toContain('geschwollen');
    expect(warningWordsFor('de')).toContain('swollen');
    expect(warningWordsFor('de')).toBe(warningWordsFor('de'));
    expect(warningWordsFor('en-XA')).toContain('swollen');
  });

  it('marks a Spanish note in the summary', () => {
    const summary = doctorSummary({
      from: '2026-03-01',
      to: '2026-03-07',
      completions: [],
      cramps: [
        {
          id: 'a',
          at: Date.UTC(2026, 2, 3, 2),
          utcOffsetMinutes: 60,
          night: '2026-03-02',
          leg: 'left',
          muscle: 'calf',
          severity: 4,
          note: 'Pantorrilla hinchada y caliente al día siguiente',
        },
      ],
      warningWords: warningWordsFor('es'),
    });
    expect(summary.crampsWithWarningWords).toBe(1);
    expect(
      summary.cramps[0]?.noteParts.filter((part) => part.warning).map((part) => part.text),
    ).toEqual(['hinchada', 'caliente']);
  });
});
