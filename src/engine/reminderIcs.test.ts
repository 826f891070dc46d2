import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { bedtimeCalendar, escapeText, foldLine } from './reminderIcs';

const WORDS = {
  title: 'Time for your stretch',
  description: 'Open Nightstretch for a few gentle minutes of stretching before sleep.',
  language: 'en',
};

describe('bedtimeCalendar', () => {
  const text = bedtimeCalendar({
    time: '21:45',
    firstDate: '2026-11-24',
    createdAt: Date.UTC(2026, 10, 24, 9, 5, 7),
    reminderId: 'k3v9q2x1m7',
    ...WORDS,
  });

  it('uses CRLF line endings and short lines', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').every((line) => line.length <= 75)).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('parses as one daily event at bedtime with an alarm', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    const vevent = calendar.getFirstSubcomponent('vevent');
    if (!vevent) throw new Error('no event');
    const event = new ICAL.Event(vevent);
    expect(event.summary).toBe('Time for your stretch');
    expect(event.isRecurring()).toBe(true);
    const rule = vevent.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rule.freq).toBe('DAILY');
    expect(event.startDate.toString()).toBe('2026-11-24T21:45:00');
    expect(event.startDate.zone?.tzid).toBe('floating');
    const alarm = vevent.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('PT0S');
    expect(vevent.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-24T09:05:07Z');
    const next = event.iterator();
    next.next();
    expect(next.next()?.toString()).toBe('2026-11-25T21:45:00');
  });

  it('keeps one UID per person, so a second download updates the alarm instead of adding one', () => {
    const uidOf = (calendar: string) =>
      new ICAL.Component(ICAL.parse(calendar))
        .getFirstSubcomponent('vevent')
        ?.getFirstPropertyValue('uid');
    const later = bedtimeCalendar({
      time: '22:30',
      firstDate: '2026-12-01',
      createdAt: Date.UTC(2026, 11, 1, 20),
      reminderId: 'k3v9q2x1m7',
      ...WORDS,
    });
    expect(uidOf(text)).toBe('bedtime-k3v9q2x1m7@nightstretch.app');
    expect(uidOf(later)).toBe(uidOf(text));
  });

  it('refuses a time that is not a time of day', () => {
    expect(() =>
      bedtimeCalendar({
        time: '25:00',
        firstDate: '2026-11-24',
        createdAt: 0,
        reminderId: 'a',
        ...WORDS,
      }),
    ).toThrow(/time of day/);
  });

  it('escapes and folds text', () => {
    expect(escapeText('a, b; c\\d\ne')).toBe('a\\, b\\; c\\\\d\\ne');
    const folded = foldLine(`DESCRIPTION:${'x'.repeat(150)}`);
    expect(folded.split('\r\n').map((line) => line.length)).toEqual([75, 75, 14]);
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'x'.repeat(150)}`);
  });

  it('carries the words it is given, in their language, folded by octets not letters', () => {
    const german = bedtimeCalendar({
      time: '22:00',
      firstDate: '2026-11-24',
      createdAt: 0,
      reminderId: 'k3v9q2x1m7',
      title: 'Zeit für Ihre Dehnübungen',
      description:
        'Öffnen Sie Nightstretch für ein paar sanfte Minuten Dehnübungen vor dem Schlafen; gute Nacht, schlafen Sie schön.',
      language: 'de',
    });
    const octets = (line: string) => new TextEncoder().encode(line).length;
    expect(german.split('\r\n').every((line) => octets(line) <= 75)).toBe(true);
    const vevent = new ICAL.Component(ICAL.parse(german)).getFirstSubcomponent('vevent');
    if (!vevent) throw new Error('no event');
    expect(new ICAL.Event(vevent).summary).toBe('Zeit für Ihre Dehnübungen');
    expect(vevent.getFirstProperty('summary')?.getParameter('language')).toBe('de');
    expect(vevent.getFirstPropertyValue('description')).toBe(
      'Öffnen Sie Nightstretch für ein paar sanfte Minuten Dehnübungen vor dem Schlafen; gute Nacht, schlafen Sie schön.',
    );
    expect(vevent.getFirstPropertyValue('uid')).toBe('bedtime-k3v9q2x1m7@nightstretch.app');
  });
});
