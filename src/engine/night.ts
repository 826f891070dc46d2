/**
 * A "night" is the local calendar date of (time - cutoff hour), so a stretch at
 * 00:30 still counts for the evening before. Keys look like "2026-11-24".
 */
export const DEFAULT_CUTOFF_HOUR = 4;

export type NightKey = string;

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * The night a moment belongs to, given the UTC offset in minutes that was in force then
 * (as `-new Date().getTimezoneOffset()`: east of Greenwich is positive).
 */
export function nightKeyFor(
  timeMs: number,
  utcOffsetMinutes: number,
  cutoffHour: number = DEFAULT_CUTOFF_HOUR,
): NightKey {
  const shifted = new Date(timeMs + utcOffsetMinutes * 60_000 - cutoffHour * 3_600_000);
  return `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}

/** The UTC offset (minutes east) the running environment uses at `timeMs`. */
export function localUtcOffsetMinutes(timeMs: number): number {
  const offset = -new Date(timeMs).getTimezoneOffset();
  return offset === 0 ? 0 : offset;
}

export function addNights(key: NightKey, nights: number): NightKey {
  const date = new Date(Date.parse(`${key}T00:00:00Z`) + nights * 86_400_000);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Days since 1970-01-01 for a night key; cheap integer maths for long histories. */
export function dayNumber(key: NightKey): number {
  const year = Number(key.slice(0, 4));
  const month = Number(key.slice(5, 7));
  const day = Number(key.slice(8, 10));
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

export function nightFromDayNumber(days: number): NightKey {
  const date = new Date(days * 86_400_000);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Monday = 0 … Sunday = 6 (1970-01-01, day 0, was a Thursday). */
export function weekdayOf(days: number): number {
  return (((days + 3) % 7) + 7) % 7;
}
