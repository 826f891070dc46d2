import { describe, expect, it } from 'vitest';
import { isEveningWindow, isTimeOfDay, minutesOfDay } from './bedtime';

const at = (time: string) => minutesOfDay(time) ?? -1;

describe('times of day', () => {
  it('accepts "HH:MM" from 00:00 to 23:59 only', () => {
    expect(isTimeOfDay('21:30')).toBe(true);
    expect(isTimeOfDay('00:00')).toBe(true);
    expect(isTimeOfDay('24:00')).toBe(false);
    expect(isTimeOfDay('9:30')).toBe(false);
    expect(isTimeOfDay(930)).toBe(false);
    expect(minutesOfDay('21:30')).toBe(21 * 60 + 30);
  });
});

describe('isEveningWindow', () => {
  it('runs from 20:00 to the cutoff hour when no bedtime is chosen', () => {
    expect(isEveningWindow(at('19:59'), null, 4)).toBe(false);
    expect(isEveningWindow(at('20:00'), null, 4)).toBe(true);
    expect(isEveningWindow(at('23:59'), null, 4)).toBe(true);
    expect(isEveningWindow(at('03:59'), null, 4)).toBe(true);
    expect(isEveningWindow(at('04:00'), null, 4)).toBe(false);
    expect(isEveningWindow(at('12:00'), null, 4)).toBe(false);
  });

  it('starts an hour before the chosen bedtime', () => {
    expect(isEveningWindow(at('21:29'), '22:30', 4)).toBe(false);
    expect(isEveningWindow(at('21:30'), '22:30', 4)).toBe(true);
    expect(isEveningWindow(at('01:00'), '22:30', 4)).toBe(true);
  });

  it('handles a bedtime just after midnight', () => {
    expect(isEveningWindow(at('23:14'), '00:15', 4)).toBe(false);
    expect(isEveningWindow(at('23:15'), '00:15', 4)).toBe(true);
    expect(isEveningWindow(at('02:00'), '00:15', 4)).toBe(true);
    expect(isEveningWindow(at('04:30'), '00:15', 4)).toBe(false);
  });

  it('handles a window wholly after midnight', () => {
    expect(isEveningWindow(at('00:59'), '02:00', 4)).toBe(false);
    expect(isEveningWindow(at('01:00'), '02:00', 4)).toBe(true);
    expect(isEveningWindow(at('22:00'), '02:00', 4)).toBe(false);
  });
});
