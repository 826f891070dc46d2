import type { NightKey } from '../engine/night';
import { formatTag, marked } from '../i18n/i18n';

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * One shared date format per language and set of options, read in UTC (callers shift times
 * themselves). It follows the app's language, so 24-hour time comes where that is the custom.
 * Its output is marked in the pseudo-language like every other word.
 */
export function formatter(options: Intl.DateTimeFormatOptions): { format(time: number): string } {
  const tag = formatTag();
  const key = `${tag} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' });
    formats.set(key, format);
  }
  const made = format;
  return { format: (time: number) => marked(made.format(time)) };
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

// Where the browser cannot say (Intl.Locale week info), the usual first day by region: 1 Monday, 7 Sunday.
const SUNDAY_FIRST_REGIONS = new Set(['US', 'CA', 'BR', 'MX', 'JP', 'IL', 'AU', 'PH', 'IN', 'ZA']);

/** The first day of the week where the person is (1 Monday … 7 Sunday). */
export function firstWeekday(tag = formatTag()): number {
  try {
    const locale = new Intl.Locale(tag) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const info = locale.getWeekInfo?.() ?? locale.weekInfo;
    if (info?.firstDay) return info.firstDay;
    const region = locale.maximize().region ?? '';
    return SUNDAY_FIRST_REGIONS.has(region) ? 7 : 1;
  } catch {
    return 1;
  }
}

/** The week's days in the order the calendar lays them out (from the local first weekday). */
export function weekdayNames(): { short: string; long: string; weekday: number }[] {
  const monday = Date.UTC(2024, 0, 1);
  const start = firstWeekday() - 1;
  return Array.from({ length: 7 }, (_, index) => {
    const dayFromMonday = (start + index) % 7;
    const time = monday + dayFromMonday * 86_400_000;
    return {
      short: formatter({ weekday: 'short' }).format(time),
      long: formatter({ weekday: 'long' }).format(time),
      weekday: dayFromMonday + 1,
    };
  });
}
