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
  /** The event's title and alarm text, in the person's language. */
  title: string;
  /** The event's longer note, in the person's language. */
  description: string;
  /** The language of the title and note (a BCP 47 tag such as "de"). */
  language: string;
}

const compactUtc = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** Escapes text values as RFC 5545 asks (backslash, comma, semicolon, newline). */
export function escapeText(text: string): string {
  return text.replace(/[\\,;]/g, (char) => `\\${char}`).replace(/\r?\n/g, '\\n');
}

/**
 * Folds a content line to at most 75 octets per physical line (RFC 5545 counts UTF-8 bytes),
 * never inside a character, so accented words stay whole.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > 75) {
      parts.push(part);
      part = ' ';
      octets = 1;
    }
    part += char;
    octets += size;
  }
  parts.push(part);
  return parts.join('\r\n');
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code < 0x10000) return 3;
  return 4;
}

/** A calendar file with one daily event at bedtime and an alarm when it starts. */
export function bedtimeCalendar({
  time,
  firstDate,
  createdAt,
  reminderId,
  title,
  description,
  language,
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
    `SUMMARY;LANGUAGE=${language}:${escapeText(title)}`,
    `DESCRIPTION;LANGUAGE=${language}:${escapeText(description)}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:PT0M',
    `DESCRIPTION:${escapeText(title)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
