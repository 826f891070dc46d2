import type { NightKey } from '../engine/night';

const formats = new Map<string, Intl.DateTimeFormat>();

/** One shared date format per set of options, read in UTC (callers shift times themselves). */
export function formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(undefined, { ...options, timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format;
}

/** A moment shown in the local time of where it happened (its stored offset), not of today. */
export function localTime(timeMs: number, utcOffsetMinutes: number): string {
  return formatter({
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(timeMs + utcOffsetMinutes * 60_000);
}

export function nightName(night: NightKey): string {
  return formatter({ weekday: 'long', day: 'numeric', month: 'long' }).format(
    Date.parse(`${night}T00:00:00Z`),
  );
}

export function monthName(month: string): string {
  return formatter({ month: 'long', year: 'numeric' }).format(Date.parse(`${month}-01T00:00:00Z`));
}

/** Monday first, as the calendar is laid out. */
export function weekdayNames(): { short: string; long: string }[] {
  const monday = Date.UTC(2024, 0, 1);
  return Array.from({ length: 7 }, (_, index) => ({
    short: formatter({ weekday: 'short' }).format(monday + index * 86_400_000),
    long: formatter({ weekday: 'long' }).format(monday + index * 86_400_000),
  }));
}

export const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;
