/**
 * Bedtime: the evening window in which Home says "Time for your stretch".
 * Times of day are "HH:MM" in the person's local time.
 */

/** When no bedtime is chosen, the evening starts at 20:00. */
export const DEFAULT_EVENING_START_MINUTES = 20 * 60;
/** The greeting starts this long before the chosen bedtime. */
export const EVENING_LEAD_MINUTES = 60;

const MINUTES_PER_DAY = 24 * 60;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isTimeOfDay(value: unknown): value is string {
  return typeof value === 'string' && TIME_PATTERN.test(value);
}

/** Minutes after midnight for "HH:MM", or null when the text is not a time of day. */
export function minutesOfDay(time: string): number | null {
  const match = TIME_PATTERN.exec(time);
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * True from an hour before bedtime (or 20:00 without one) until the night's cutoff hour.
 * The window may run past midnight.
 */
export function isEveningWindow(
  nowMinutesOfDay: number,
  bedtime: string | null,
  cutoffHour: number,
): boolean {
  const chosen = bedtime === null ? null : minutesOfDay(bedtime);
  const start =
    chosen === null
      ? DEFAULT_EVENING_START_MINUTES
      : (chosen - EVENING_LEAD_MINUTES + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  const end = cutoffHour * 60;
  if (start === end) return false;
  return start < end
    ? nowMinutesOfDay >= start && nowMinutesOfDay < end
    : nowMinutesOfDay >= start || nowMinutesOfDay < end;
}
