import { describe, expect, it } from 'vitest';
import { comparisonSentence, peakHourSentence, rateLines } from './insightsText';

describe('comparisonSentence', () => {
  it('compares four weeks with the four before, in whole words', () => {
    expect(
      comparisonSentence({
        kind: 'compare',
        windowNights: 28,
        recent: { nights: 28, stretched: 22, cramps: 3 },
        earlier: { nights: 28, stretched: 9, cramps: 8 },
      }),
    ).toBe(
      'In the last 4 weeks you stretched on 22 nights and logged 3 cramps; in the 4 weeks before, 9 nights and 8 cramps.',
    );
  });

  it('speaks of nights when the windows are not whole weeks, and says "no cramps" and "1 night"', () => {
    expect(
      comparisonSentence({
        kind: 'compare',
        windowNights: 10,
        recent: { nights: 10, stretched: 1, cramps: 0 },
        earlier: { nights: 10, stretched: 0, cramps: 1 },
      }),
    ).toBe(
      'In the last 10 nights you stretched on 1 night and logged no cramps; in the 10 nights before, 0 nights and 1 cramp.',
    );
  });

  it('says how long until there is something fair to compare', () => {
    expect(comparisonSentence({ kind: 'too-little', nightsSoFar: 5, nightsNeeded: 14 })).toBe(
      'After two weeks of nights this will show a comparison: 5 nights so far, 9 to go.',
    );
    expect(comparisonSentence({ kind: 'too-little', nightsSoFar: 0, nightsNeeded: 14 })).toMatch(
      /^After two weeks of nights this will show a comparison\./,
    );
  });
});

describe('rateLines and peakHourSentence', () => {
  it('never claims more than the numbers', () => {
    const lines = rateLines({
      stretched: { nights: 35, cramps: 1, per10Nights: 0.3 },
      other: { nights: 45, cramps: 12, per10Nights: 2.7 },
      enough: true,
    });
    expect(lines.stretched).toContain('0.3 cramps per 10 nights (1 cramp in 35 nights)');
    expect(lines.other).toContain('2.7 cramps per 10 nights (12 cramps in 45 nights)');
    expect(`${lines.stretched} ${lines.other}`).not.toMatch(/prevent|cure|works/i);
  });

  it('has a plain word for no cramps', () => {
    expect(peakHourSentence(Array.from({ length: 24 }, () => 0))).toMatch(/^No cramps logged yet/);
  });
});
