import type { Comparison, CrampRates, Tally } from '../engine/insights';
import { NIGHTS_PER_SIDE } from '../engine/insights';
import type { NightKey } from '../engine/night';
import { formatter } from '../ui/format';

// The sentences of "Is it helping?" and the doctor summary, whole, with their numbers. They
// report; they never claim stretching prevents cramps.

const nightDate = (night: NightKey) => Date.parse(`${night}T00:00:00Z`);

/** "15 Dec": a week's first night, for chart labels. */
export const shortDate = (night: NightKey) =>
  formatter({ day: 'numeric', month: 'short' }).format(nightDate(night));

/** "15 December 2025". */
export const longDate = (night: NightKey) =>
  formatter({ day: 'numeric', month: 'long', year: 'numeric' }).format(nightDate(night));

/** The date a moment fell on where it happened ("Mon 5 Jan 2026"), by its stored offset. */
export const momentDate = (timeMs: number, utcOffsetMinutes: number) =>
  formatter({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(
    timeMs + utcOffsetMinutes * 60_000,
  );

/** A clock time where it happened ("02:30"), by the offset stored with it. */
export const clockTime = (timeMs: number, utcOffsetMinutes: number) =>
  formatter({ hour: '2-digit', minute: '2-digit' }).format(timeMs + utcOffsetMinutes * 60_000);

/** A whole hour of the clock ("02:00", "2:00 AM"), for the hours chart. */
export const hourName = (hour: number) =>
  formatter({ hour: '2-digit', minute: '2-digit' }).format(Date.UTC(2024, 0, 1, hour));

/** The span of one hour ("2 am to 3 am"). */
export const hourSpan = (hour: number) => `${hourName(hour)} to ${hourName((hour + 1) % 24)}`;

const count = (value: number, one: string, many: string) => `${value} ${value === 1 ? one : many}`;
const nights = (value: number) => count(value, 'night', 'nights');
const cramps = (value: number) => (value === 0 ? 'no cramps' : count(value, 'cramp', 'cramps'));

const spanName = (windowNights: number) =>
  windowNights % 7 === 0 ? count(windowNights / 7, 'week', 'weeks') : nights(windowNights);

function tallySentence(windowNights: number, recent: Tally, earlier: Tally): string {
  const span = spanName(windowNights);
  return `In the last ${span} you stretched on ${nights(recent.stretched)} and logged ${cramps(recent.cramps)}; in the ${span} before, ${nights(earlier.stretched)} and ${cramps(earlier.cramps)}.`;
}

/** The before/after sentence, or what it needs before it can say anything fair. */
export function comparisonSentence(comparison: Comparison): string {
  if (comparison.kind === 'compare') {
    return tallySentence(comparison.windowNights, comparison.recent, comparison.earlier);
  }
  const { nightsSoFar, nightsNeeded } = comparison;
  if (nightsSoFar === 0) {
    return 'After two weeks of nights this will show a comparison. Your first stretch or cramp starts the count.';
  }
  return `After two weeks of nights this will show a comparison: ${nights(nightsSoFar)} so far, ${nightsNeeded - nightsSoFar} to go.`;
}

const per10 = (value: number) =>
  new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 }).format(value);

export const rateLines = (rates: CrampRates) => ({
  stretched: `After nights you stretched: ${per10(rates.stretched.per10Nights)} cramps per 10 nights (${cramps(rates.stretched.cramps)} in ${nights(rates.stretched.nights)}).`,
  other: `After other nights: ${per10(rates.other.per10Nights)} cramps per 10 nights (${cramps(rates.other.cramps)} in ${nights(rates.other.nights)}).`,
});

export const RATES_CAVEAT =
  'This is a pattern in your own diary, not proof: cramps come and go for many reasons. Stretching may help; a doctor or nurse can tell you more.';

export const RATES_WAITING = `Cramps after nights you stretched and after other nights will show here once the last 12 weeks hold at least ${NIGHTS_PER_SIDE} nights of each.`;

/** Which hour the most cramps struck in, and how many of all. */
export function peakHourSentence(hours: readonly number[]): string {
  const total = hours.reduce((sum, value) => sum + value, 0);
  if (total === 0) return 'No cramps logged yet. If one comes, its hour will show here.';
  let peak = 0;
  for (let hour = 0; hour < 24; hour++) if ((hours[hour] ?? 0) > (hours[peak] ?? 0)) peak = hour;
  return `Your cramps came most often between ${hourName(peak)} and ${hourName((peak + 1) % 24)}: ${hours[peak]} of ${total}.`;
}
