import { dayNumber, type NightKey, nightFromDayNumber, weekdayOf } from './night';

// "Is it helping?": the numbers behind History's charts and sentences. Nights are compared as
// day numbers of their night keys, so a daylight-saving change or a trip across time zones
// never moves a night from one week to another.

export const CHART_WEEKS = 12;
/** The before/after sentence compares two windows of this many nights at most (four weeks). */
export const COMPARE_NIGHTS = 28;
/** Fewer nights than this since the first one and a comparison would be noise. */
export const NIGHTS_BEFORE_COMPARING = 14;
/** Cramps per 10 nights stay hidden until stretched and other nights each number this many. */
export const NIGHTS_PER_SIDE = 7;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export interface NightData {
  /** Day numbers (night.ts) of the nights with a session that counts. */
  stretched: ReadonlySet<number>;
  /** Cramps per night, by day number. */
  cramps: ReadonlyMap<number, number>;
  /** Day number of the first night with a session or a cramp, or null when there is none. */
  firstDay: number | null;
}

/**
 * The nights stretched and cramps per night. `firstNight` is the person's first night overall
 * when the records given are only a recent slice; without it the earliest record is taken.
 */
export function nightDataFrom(
  completions: Iterable<{ night: NightKey }>,
  cramps: Iterable<{ night: NightKey }>,
  firstNight: NightKey | null = null,
): NightData {
  const stretched = new Set<number>();
  const crampCounts = new Map<number, number>();
  let firstDay = firstNight === null ? Number.POSITIVE_INFINITY : dayNumber(firstNight);
  for (const completion of completions) {
    const day = dayNumber(completion.night);
    stretched.add(day);
    if (day < firstDay) firstDay = day;
  }
  for (const cramp of cramps) {
    const day = dayNumber(cramp.night);
    crampCounts.set(day, (crampCounts.get(day) ?? 0) + 1);
    if (day < firstDay) firstDay = day;
  }
  return {
    stretched,
    cramps: crampCounts,
    firstDay: Number.isFinite(firstDay) ? firstDay : null,
  };
}

export interface Tally {
  /** Nights in the span that the person had already begun to use the app. */
  nights: number;
  stretched: number;
  cramps: number;
}

/** Nights, stretched nights and cramps from day `from` to day `to`, both included. */
function tally(data: NightData, from: number, to: number): Tally {
  const start = Math.max(from, data.firstDay ?? to + 1);
  const result: Tally = { nights: 0, stretched: 0, cramps: 0 };
  for (let day = start; day <= to; day++) {
    result.nights += 1;
    if (data.stretched.has(day)) result.stretched += 1;
    result.cramps += data.cramps.get(day) ?? 0;
  }
  return result;
}

export interface WeekColumn extends Tally {
  /** The Monday night that starts the week. */
  start: NightKey;
}

/**
 * One column per week (Monday to Sunday) for the last `weeks` weeks, the current one last and
 * only counted up to tonight. Weeks before the first night have no nights.
 */
export function weeklySeries(
  data: NightData,
  tonight: NightKey,
  weeks: number = CHART_WEEKS,
): WeekColumn[] {
  const today = dayNumber(tonight);
  const thisMonday = today - weekdayOf(today);
  return Array.from({ length: weeks }, (_, index) => {
    const monday = thisMonday - (weeks - 1 - index) * 7;
    return {
      start: nightFromDayNumber(monday),
      ...tally(data, monday, Math.min(monday + 6, today)),
    };
  });
}

export type Comparison =
  | { kind: 'too-little'; nightsSoFar: number; nightsNeeded: number }
  | { kind: 'compare'; windowNights: number; recent: Tally; earlier: Tally };

/**
 * The last four weeks (tonight included) against the four before. With less than eight weeks
 * of nights the two windows shrink to halves of what there is, so they stay the same length;
 * under two weeks there is nothing fair to compare.
 */
export function beforeAndAfter(data: NightData, tonight: NightKey): Comparison {
  const today = dayNumber(tonight);
  const nightsSoFar = data.firstDay === null ? 0 : Math.max(0, today - data.firstDay + 1);
  if (nightsSoFar < NIGHTS_BEFORE_COMPARING) {
    return { kind: 'too-little', nightsSoFar, nightsNeeded: NIGHTS_BEFORE_COMPARING };
  }
  const windowNights = Math.min(COMPARE_NIGHTS, Math.floor(nightsSoFar / 2));
  return {
    kind: 'compare',
    windowNights,
    recent: tally(data, today - windowNights + 1, today),
    earlier: tally(data, today - 2 * windowNights + 1, today - windowNights),
  };
}

export interface RateSide {
  nights: number;
  cramps: number;
  /** Cramps per 10 nights, to one decimal. */
  per10Nights: number;
}

export interface CrampRates {
  stretched: RateSide;
  other: RateSide;
  /** Both sides have at least NIGHTS_PER_SIDE nights; otherwise the rates are not shown. */
  enough: boolean;
}

const side = (nights: number, cramps: number): RateSide => ({
  nights,
  cramps,
  per10Nights: nights === 0 ? 0 : Math.round((cramps / nights) * 100) / 10,
});

/**
 * Cramps per 10 nights after nights the person stretched and after the others, over the chart's
 * weeks. Tonight is left out: its cramps may still come.
 */
export function crampRates(
  data: NightData,
  tonight: NightKey,
  weeks: number = CHART_WEEKS,
): CrampRates {
  const today = dayNumber(tonight);
  const from = Math.max(today - weekdayOf(today) - (weeks - 1) * 7, data.firstDay ?? today);
  let stretchedNights = 0;
  let stretchedCramps = 0;
  let otherNights = 0;
  let otherCramps = 0;
  for (let day = from; day < today; day++) {
    const cramps = data.cramps.get(day) ?? 0;
    if (data.stretched.has(day)) {
      stretchedNights += 1;
      stretchedCramps += cramps;
    } else {
      otherNights += 1;
      otherCramps += cramps;
    }
  }
  return {
    stretched: side(stretchedNights, stretchedCramps),
    other: side(otherNights, otherCramps),
    enough: stretchedNights >= NIGHTS_PER_SIDE && otherNights >= NIGHTS_PER_SIDE,
  };
}

/** The local hour (0-23) a moment fell in, by the offset in force where it happened. */
export function localHour(timeMs: number, utcOffsetMinutes: number): number {
  const local = timeMs + utcOffsetMinutes * 60_000;
  return Math.floor((((local % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS);
}

/** Cramps by the local hour they struck: 24 counts, index 0 is midnight to 1 am. */
export function crampHours(cramps: Iterable<{ at: number; utcOffsetMinutes: number }>): number[] {
  const hours = Array.from({ length: 24 }, () => 0);
  for (const cramp of cramps) {
    const hour = localHour(cramp.at, cramp.utcOffsetMinutes);
    hours[hour] = (hours[hour] ?? 0) + 1;
  }
  return hours;
}

/** Hours in the order a night runs, noon to noon, so the night sits in one piece. */
export const HOURS_NOON_TO_NOON: readonly number[] = Array.from(
  { length: 24 },
  (_, index) => (index + 12) % 24,
);
