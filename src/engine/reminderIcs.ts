import { minutesOfDay } from './bedtime';

/**
 * The bedtime reminder as a calendar file (RFC 5545): the web cannot schedule a
 * notification offline, so the phone's calendar does the reminding with a daily alarm.
 */

export interface BedtimeCalendarInput {
  /** Bedtime, "HH:MM" local (floating) time: the alarm follows the phone's time zone. */
  time: string;
  /** First day of the series, "YYYY-MM-DD". */
  firstDate: string;
  /** When the file is made, as a UTC timestamp (ms). */
  createdAt: number;
  /** Stays the same for one person, so a calendar updates its event instead of adding one. */
  reminderId: string;
}

export const REMINDER_TITLE = 'Time for your stretch';
const REMINDER_DESCRIPTION =
  'Open Nightstretch for a few gentle minutes of stretching before sleep.';

const compactUtc = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** Escapes text values as RFC 5545 asks (backslash, comma, semicolon, newline). */
export function escapeText(text: string): string {
  return text.replace(/[\\,;]/g, (char) => `\\${char}`).replace(/\r?\n/g, '\\n');
}

/** Folds a content line to at most 75 characters per physical line. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let rest = line;
  while (rest.length > 75) {
    parts.push(rest.slice(0, 75));
    rest = ` ${rest.slice(75)}`;
  }
  parts.push(rest);
  return parts.join('\r\n');
}

/** A calendar file with one daily event at bedtime and an alarm when it starts. */
export function bedtimeCalendar({
  time,
  firstDate,
  createdAt,
  reminderId,
}: BedtimeCalendarInput): string {
  const minutes = minutesOfDay(time);
  if (minutes === null) throw new Error(`not a time of day: "${time}"`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(firstDate)) throw new Error(`not a date: "${firstDate}"`);
  const start = `${firstDate.replace(/-/g, '')}T${time.replace(':', '')}00`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Nightstretch//Bedtime reminder//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:bedtime-${reminderId}@nightstretch.app`,
    `DTSTAMP:${compactUtc(createdAt)}`,
    `DTSTART:${start}`,
    'DURATION:PT10M',
    'RRULE:FREQ=DAILY',
    `SUMMARY:${escapeText(REMINDER_TITLE)}`,
    `DESCRIPTION:${escapeText(REMINDER_DESCRIPTION)}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:PT0M',
    `DESCRIPTION:${escapeText(REMINDER_TITLE)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
