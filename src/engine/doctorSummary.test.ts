import { describe, expect, it } from 'vitest';
import {
  doctorSummary,
  type SummaryCrampInput,
  summaryRange,
  warningSignParts,
} from './doctorSummary';

const session = (night: string, routineId = 'bedtime-stretch', minutes = 8) => ({
  night,
  routineId,
  routineName: routineId === 'bedtime-stretch' ? 'Bedtime stretch' : 'In-bed stretch',
  durationMs: minutes * 60_000,
});

const cramp = (id: string, night: string, hourUtc: number, note = ''): SummaryCrampInput => ({
  id,
  at: Date.parse(`${night}T00:00:00Z`) + (24 + hourUtc) * 3_600_000,
  utcOffsetMinutes: 60,
  night,
  leg: 'left',
  muscle: 'calf',
  severity: 3,
  note,
});

describe('warningSignParts', () => {
  it('leaves a note without warning words whole', () => {
    expect(warningSignParts('Woke me, eased after 5 minutes')).toEqual([
      { text: 'Woke me, eased after 5 minutes', warning: false },
    ]);
    expect(warningSignParts('')).toEqual([]);
  });

  it('marks whole warning words, whatever their case, and gives the note back', () => {
    const note = 'Calf Swollen and warm; bored, not tired. Pins and  needles after.';
    const parts = warningSignParts(note);
    expect(parts.filter((part) => part.warning).map((part) => part.text)).toEqual([
      'Swollen',
      'warm',
      'Pins and  needles',
    ]);
    expect(parts.map((part) => part.text).join('')).toBe(note);
  });

  it('does not flag words that only contain one ("bored", "scold", "weakend")', () => {
    expect(warningSignParts('bored, scolded, weakened').some((part) => part.warning)).toBe(false);
  });

  it('finds the words of the language the note was written in, accents and all', () => {
    const words = ['hinchado', 'hinchazón', 'rojo', 'falta de aire', 'Rötung', 'pâle'];
    const note = 'Pantorrilla Hinchada? No: hinchazón, muy ROJO; falta  de aire. Rötung, pâle';
    const parts = warningSignParts(note, words);
    expect(parts.filter((part) => part.warning).map((part) => part.text)).toEqual([
      'hinchazón',
      'ROJO',
      'falta  de aire',
      'Rötung',
      'pâle',
    ]);
    expect(parts.map((part) => part.text).join('')).toBe(note);
    // A word inside a longer one is not the word, in any script ("pâleur", "enrojecido").
    expect(warningSignParts('pâleur, enrojecido, Rötungen', words).some((p) => p.warning)).toBe(
      false,
    );
    // English words are not looked for when another list is given.
    expect(warningSignParts('swollen', words)).toEqual([{ text: 'swollen', warning: false }]);
  });
});

describe('summaryRange', () => {
  it('covers whole weeks back from tonight, never before the first night', () => {
    expect(summaryRange('2026-03-05', '2025-01-01', 12)).toEqual({
      from: '2025-12-15',
      to: '2026-03-05',
    });
    expect(summaryRange('2026-03-05', '2026-02-20', 12)).toEqual({
      from: '2026-02-20',
      to: '2026-03-05',
    });
    expect(summaryRange('2026-03-05', '2020-06-01', null).from).toBe('2020-06-01');
    expect(summaryRange('2026-03-05', null, 12).from).toBe('2026-03-05');
  });
});

describe('doctorSummary', () => {
  it('is empty but whole with no data', () => {
    expect(
      doctorSummary({ from: '2026-03-05', to: '2026-03-05', completions: [], cramps: [] }),
    ).toEqual({
      from: '2026-03-05',
      to: '2026-03-05',
      nights: 1,
      nightsStretched: 0,
      weeks: [{ from: '2026-03-05', to: '2026-03-05', nights: 1, stretched: 0, cramps: 0 }],
      months: [{ from: '2026-03-05', to: '2026-03-05', nights: 1, stretched: 0, cramps: 0 }],
      cramps: [],
      crampsWithWarningWords: 0,
      routines: [],
    });
  });

  it('gives weeks, every cramp oldest first with warning words, and the routines used', () => {
    const summary = doctorSummary({
      from: '2026-02-20',
      to: '2026-03-05',
      completions: [
        session('2026-02-19'), // before the range
        session('2026-02-20'),
        session('2026-02-23'),
        session('2026-02-23', 'in-bed-stretch', 5),
        session('2026-02-24', 'in-bed-stretch', 6),
        session('2026-03-04'),
      ],
      cramps: [
        cramp('c3', '2026-03-03', 1, 'Right calf red and swollen this morning'),
        cramp('c1', '2026-02-21', 2, 'Woke me'),
        cramp('c2', '2026-02-26', 3),
        cramp('c0', '2026-02-10', 2), // before the range
      ],
    });
    expect(summary).toMatchObject({ nights: 14, nightsStretched: 4, crampsWithWarningWords: 1 });
    expect(summary.weeks).toEqual([
      { from: '2026-02-20', to: '2026-02-22', nights: 3, stretched: 1, cramps: 1 },
      { from: '2026-02-23', to: '2026-03-01', nights: 7, stretched: 2, cramps: 1 },
      { from: '2026-03-02', to: '2026-03-05', nights: 4, stretched: 1, cramps: 1 },
    ]);
    expect(summary.months).toEqual([
      { from: '2026-02-20', to: '2026-02-28', nights: 9, stretched: 3, cramps: 2 },
      { from: '2026-03-01', to: '2026-03-05', nights: 5, stretched: 1, cramps: 1 },
    ]);
    expect(summary.cramps.map((entry) => entry.id)).toEqual(['c1', 'c2', 'c3']);
    expect(summary.cramps[2]?.warning).toBe(true);
    expect(summary.cramps[2]?.noteParts.filter((part) => part.warning)).toHaveLength(2);
    expect(summary.cramps[0]?.warning).toBe(false);
    expect(summary.routines).toEqual([
      {
        routineId: 'bedtime-stretch',
        name: 'Bedtime stretch',
        sessions: 3,
        nights: 3,
        minutes: 24,
      },
      { routineId: 'in-bed-stretch', name: 'In-bed stretch', sessions: 2, nights: 2, minutes: 11 },
    ]);
  });
});
