import { describe, expect, it } from 'vitest';
import {
  beforeAndAfter,
  crampHours,
  crampRates,
  HOURS_NOON_TO_NOON,
  localHour,
  nightDataFrom,
  weeklySeries,
} from './insights';
import { addNights } from './night';

// Tonight is Thursday 5 March 2026; its week began on Monday 2 March.
const TONIGHT = '2026-03-05';

const nights = (last: string, count: number, every = 1) =>
  Array.from({ length: count }, (_, index) => ({ night: addNights(last, -index * every) }));

describe('weeklySeries', () => {
  it('gives twelve empty weeks, Monday first, when there is no data', () => {
    const weeks = weeklySeries(nightDataFrom([], []), TONIGHT);
    expect(weeks).toHaveLength(12);
    expect(weeks[11]).toEqual({ start: '2026-03-02', nights: 0, stretched: 0, cramps: 0 });
    expect(weeks[0]?.start).toBe('2025-12-15');
    expect(weeks.every((week) => week.nights === 0 && week.stretched === 0)).toBe(true);
  });

  it('counts stretched nights once and every cramp, the current week up to tonight', () => {
    const completions = [
      ...nights(TONIGHT, 80),
      { night: TONIGHT }, // two sessions tonight still make one night
    ];
    const cramps = [{ night: '2026-03-03' }, { night: '2026-03-03' }, { night: '2026-02-23' }];
    const weeks = weeklySeries(nightDataFrom(completions, cramps), TONIGHT);
    expect(weeks[11]).toEqual({ start: '2026-03-02', nights: 4, stretched: 4, cramps: 2 });
    expect(weeks[10]).toEqual({ start: '2026-02-23', nights: 7, stretched: 7, cramps: 1 });
    // 80 nights back from Thursday reach the Tuesday of the first week.
    expect(weeks[0]).toEqual({ start: '2025-12-15', nights: 6, stretched: 6, cramps: 0 });
  });

  it('has no nights before the first one, even when told the first night', () => {
    const weeks = weeklySeries(nightDataFrom([{ night: TONIGHT }], [], '2026-02-25'), TONIGHT);
    expect(weeks[10]).toMatchObject({ nights: 5, stretched: 0 });
    expect(weeks[11]).toMatchObject({ nights: 4, stretched: 1 });
    expect(weeks[9]).toMatchObject({ nights: 0 });
  });

  it('keeps seven nights in the week of a daylight-saving change (Europe, 29 March 2026)', () => {
    // Nights keyed by the local date: the 23-hour Sunday is still one night.
    const week = nights('2026-03-29', 7);
    const [column] = weeklySeries(nightDataFrom(week, []), '2026-03-29', 1);
    expect(column).toEqual({ start: '2026-03-23', nights: 7, stretched: 7, cramps: 0 });
  });
});

describe('beforeAndAfter', () => {
  it('says there is too little with no data, and until two weeks of nights', () => {
    expect(beforeAndAfter(nightDataFrom([], []), TONIGHT)).toEqual({
      kind: 'too-little',
      nightsSoFar: 0,
      nightsNeeded: 14,
    });
    expect(beforeAndAfter(nightDataFrom(nights(TONIGHT, 13), []), TONIGHT)).toMatchObject({
      kind: 'too-little',
      nightsSoFar: 13,
    });
  });

  it('compares two halves of what there is before eight weeks', () => {
    const comparison = beforeAndAfter(nightDataFrom(nights(TONIGHT, 14), []), TONIGHT);
    expect(comparison).toEqual({
      kind: 'compare',
      windowNights: 7,
      recent: { nights: 7, stretched: 7, cramps: 0 },
      earlier: { nights: 7, stretched: 7, cramps: 0 },
    });
  });

  it('compares the last four weeks with the four before', () => {
    // 22 stretched nights in the last 28, 9 in the 28 before; 3 cramps against 8.
    const completions = [
      ...nights(TONIGHT, 22),
      ...nights(addNights(TONIGHT, -28), 9, 3),
      { night: '2025-12-01' },
    ];
    const cramps = [
      ...nights(addNights(TONIGHT, -1), 3, 5),
      ...nights(addNights(TONIGHT, -29), 8, 3),
    ];
    expect(beforeAndAfter(nightDataFrom(completions, cramps), TONIGHT)).toEqual({
      kind: 'compare',
      windowNights: 28,
      recent: { nights: 28, stretched: 22, cramps: 3 },
      earlier: { nights: 28, stretched: 9, cramps: 8 },
    });
  });
});

describe('crampRates', () => {
  it('is not enough with no data', () => {
    expect(crampRates(nightDataFrom([], []), TONIGHT)).toEqual({
      stretched: { nights: 0, cramps: 0, per10Nights: 0 },
      other: { nights: 0, cramps: 0, per10Nights: 0 },
      enough: false,
    });
  });

  it('gives cramps per 10 nights on each side, tonight left out', () => {
    // The last 20 nights before tonight: stretched every other night (10), cramps on 2 of
    // those and on 6 of the others.
    const stretched = nights(addNights(TONIGHT, -1), 10, 2);
    const other = nights(addNights(TONIGHT, -2), 10, 2);
    const cramps = [...stretched.slice(0, 2), ...other.slice(0, 6), { night: TONIGHT }];
    const data = nightDataFrom([...stretched, { night: TONIGHT }], cramps, addNights(TONIGHT, -20));
    const rates = crampRates(data, TONIGHT);
    expect(rates).toEqual({
      stretched: { nights: 10, cramps: 2, per10Nights: 2 },
      other: { nights: 10, cramps: 6, per10Nights: 6 },
      enough: true,
    });
  });

  it('stays hidden until each side has seven nights', () => {
    const rates = crampRates(nightDataFrom(nights(addNights(TONIGHT, -1), 30), []), TONIGHT);
    expect(rates.stretched.nights).toBe(30);
    expect(rates.other.nights).toBe(0);
    expect(rates.enough).toBe(false);
  });

  it('rounds to one decimal', () => {
    const stretched = nights(addNights(TONIGHT, -1), 7);
    const other = nights(addNights(TONIGHT, -8), 9);
    const cramps = [...stretched.slice(0, 1), ...other.slice(0, 2)];
    const rates = crampRates(nightDataFrom(stretched, cramps, addNights(TONIGHT, -16)), TONIGHT);
    expect(rates.stretched).toEqual({ nights: 7, cramps: 1, per10Nights: 1.4 });
    expect(rates.other).toEqual({ nights: 9, cramps: 2, per10Nights: 2.2 });
  });
});

describe('crampHours', () => {
  it('is 24 zeros with no cramps', () => {
    expect(crampHours([])).toEqual(Array.from({ length: 24 }, () => 0));
  });

  it('reads the hour where the cramp happened, by its stored offset', () => {
    const at = Date.UTC(2026, 2, 5, 1, 30); // 01:30 UTC
    const hours = crampHours([
      { at, utcOffsetMinutes: 60 }, // 02:30 in Berlin
      { at, utcOffsetMinutes: -300 }, // 20:30 the evening before in New York
      { at, utcOffsetMinutes: 330 }, // 07:00 in Kolkata
      { at, utcOffsetMinutes: 345 }, // 07:15 in Kathmandu
    ]);
    expect(hours[2]).toBe(1);
    expect(hours[20]).toBe(1);
    expect(hours[7]).toBe(2);
    expect(hours.reduce((sum, count) => sum + count, 0)).toBe(4);
  });

  it('puts a cramp on the night clocks go forward in the hour the clock showed', () => {
    // 29 March 2026, Berlin: 02:00 CET became 03:00 CEST. 01:30 UTC is 03:30 local (+120).
    expect(localHour(Date.UTC(2026, 2, 29, 1, 30), 120)).toBe(3);
    // 25 October 2026: 03:00 CEST became 02:00 CET; 01:30 UTC is 02:30 local (+60).
    expect(localHour(Date.UTC(2026, 9, 25, 1, 30), 60)).toBe(2);
    expect(localHour(Date.UTC(2026, 9, 25, 0, 30), 120)).toBe(2);
  });

  it('orders the hours noon to noon', () => {
    expect(HOURS_NOON_TO_NOON.slice(0, 3)).toEqual([12, 13, 14]);
    expect(HOURS_NOON_TO_NOON[12]).toBe(0);
    expect(HOURS_NOON_TO_NOON).toHaveLength(24);
  });
});
