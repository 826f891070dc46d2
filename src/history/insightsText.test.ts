import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '../i18n/i18n';
import {
  comparisonSentence,
  hourName,
  hourSpan,
  peakHourSentence,
  rateLines,
  ratesWaiting,
} from './insightsText';

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

describe('in other languages', () => {
  const compare = {
    kind: 'compare',
    windowNights: 28,
    recent: { nights: 28, stretched: 22, cramps: 3 },
    earlier: { nights: 28, stretched: 0, cramps: 1 },
  } as const;
  const rates = {
    stretched: { nights: 35, cramps: 1, per10Nights: 0.3 },
    other: { nights: 45, cramps: 12, per10Nights: 2.7 },
    enough: true,
  };
  const hours = Array.from({ length: 24 }, (_, hour) => (hour === 2 ? 5 : hour === 23 ? 1 : 0));
  afterEach(() => useLanguage('en'));

  it('writes whole German sentences, with decimal commas and 24-hour times', async () => {
    await useLanguage('de');
    expect(comparisonSentence(compare)).toBe(
      'In den letzten 4 Wochen haben Sie in 22 Nächten gedehnt und 3 Krämpfe eingetragen; in den 4 Wochen davor in 0 Nächten und 1 Krampf.',
    );
    expect(rateLines(rates).stretched).toBe(
      'Nach Nächten mit Dehnübungen: 0,3 Krämpfe pro 10 Nächte (1 Krampf in 35 Nächten).',
    );
    expect(peakHourSentence(hours)).toBe(
      'Ihre Krämpfe kamen am häufigsten zwischen 02:00 und 03:00: 5 von 6.',
    );
    expect(hourName(14)).toBe('14:00');
    expect(ratesWaiting()).toContain('mindestens 7 Nächte');
  });

  it('says "none" the way each language does, never "0 cramps" glued from English', async () => {
    const none = { ...compare, recent: { nights: 28, stretched: 0, cramps: 0 } };
    await useLanguage('es');
    expect(comparisonSentence(none)).toBe(
      'En las últimas 4 semanas no estiraste ninguna noche y no anotaste ningún calambre; en las 4 semanas anteriores, ninguna noche y 1 calambre.',
    );
    await useLanguage('fr');
    expect(comparisonSentence(none)).toMatch(/^Ces 4 dernières semaines, vous n’avez fait aucune/);
    expect(rateLines(rates).other).toContain('2,7 crampes pour 10 nuits');
    await useLanguage('pt-BR');
    expect(comparisonSentence({ kind: 'too-little', nightsSoFar: 13, nightsNeeded: 14 })).toBe(
      'Depois de duas semanas de noites, uma comparação vai aparecer aqui: 13 noites até agora, falta 1.',
    );
    expect(hourSpan(23)).toBe('Das 23:00 às 00:00');
  });

  it('marks every sentence in the pseudo-language', async () => {
    await useLanguage('en-XA');
    for (const text of [
      comparisonSentence(compare),
      rateLines(rates).stretched,
      peakHourSentence(hours),
      ratesWaiting(),
      hourName(2),
    ])
      expect(text).toMatch(/^⟦.*⟧$/s);
  });
});
