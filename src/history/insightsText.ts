import type { Comparison, CrampRates } from '../engine/insights';
import { CHART_WEEKS, NIGHTS_PER_SIDE } from '../engine/insights';
import type { NightKey } from '../engine/night';
import { formatTag, t } from '../i18n/i18n';
import { formatter } from '../ui/format';

// The sentences of "Is it helping?" and the doctor summary, whole, with their numbers. They
// report; they never claim stretching prevents cramps.

const nightDate = (night: NightKey) => Date.parse(`${night}T00:00:00Z`);

/** "15 Dec": a week's first night, for chart labels. */
export const shortDate = (night: NightKey) =>
  formatter({ day: 'numeric', month: 'short' }).format(nightDate(night));

/** A date that never breaks inside ("15. Dez.", "15 de dez."), so a narrow cell wraps between dates. */
export const wholeDate = (date: string) =>
  date.replace(/(\d\.?) (de )?|\s(?=\d)/g, (joint) => joint.replace(/\s/g, '\u00a0'));

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

/** The date it is now where the person is ("5 March 2026"), for "Made on". */
export const todayDate = (now: number) =>
  formatter({ day: 'numeric', month: 'long', year: 'numeric' }).format(
    now - new Date(now).getTimezoneOffset() * 60_000,
  );

/** A whole hour of the clock ("02:00", "02:00 AM"), 24-hour where that is the custom. */
export const hourName = (hour: number) =>
  formatter({ hour: '2-digit', minute: '2-digit' }).format(Date.UTC(2024, 0, 1, hour));

/** The span of one hour ("02:00 to 03:00"). */
export const hourSpan = (hour: number) =>
  t('insights.hourSpan', { from: hourName(hour), to: hourName((hour + 1) % 24) });

/** A number of cramps per 10 nights, as the language writes it ("0.3", "0,3"). */
export const decimal = (value: number) =>
  new Intl.NumberFormat(formatTag(), { maximumFractionDigits: 1 }).format(value);

/** The before/after sentence, or what it needs before it can say anything fair. */
export function comparisonSentence(comparison: Comparison): string {
  if (comparison.kind === 'compare') {
    const { windowNights, recent, earlier } = comparison;
    const tally = {
      recentStretched: recent.stretched,
      recentCramps: recent.cramps,
      earlierStretched: earlier.stretched,
      earlierCramps: earlier.cramps,
    };
    return windowNights % 7 === 0
      ? t('insights.compareWeeks', { weeks: windowNights / 7, ...tally })
      : t('insights.compareNights', { nights: windowNights, ...tally });
  }
  const { nightsSoFar, nightsNeeded } = comparison;
  if (nightsSoFar === 0) return t('insights.waitingFirst');
  return t('insights.waiting', { soFar: nightsSoFar, toGo: nightsNeeded - nightsSoFar });
}

export const rateLines = (rates: CrampRates) => ({
  stretched: t('insights.rateStretched', {
    rate: decimal(rates.stretched.per10Nights),
    cramps: rates.stretched.cramps,
    nights: rates.stretched.nights,
  }),
  other: t('insights.rateOther', {
    rate: decimal(rates.other.per10Nights),
    cramps: rates.other.cramps,
    nights: rates.other.nights,
  }),
});

/** Why cramps per 10 nights are not shown yet. */
export const ratesWaiting = () =>
  t('insights.ratesWaiting', { weeks: CHART_WEEKS, nights: NIGHTS_PER_SIDE });

/** Which hour the most cramps struck in, and how many of all. */
export function peakHourSentence(hours: readonly number[]): string {
  const total = hours.reduce((sum, value) => sum + value, 0);
  if (total === 0) return t('insights.peakNone');
  let peak = 0;
  for (let hour = 0; hour < 24; hour++) if ((hours[hour] ?? 0) > (hours[peak] ?? 0)) peak = hour;
  return t('insights.peak', {
    from: hourName(peak),
    to: hourName((peak + 1) % 24),
    count: hours[peak] ?? 0,
    total,
  });
}
