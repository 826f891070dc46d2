import { describe, expect, it } from 'vitest';
import { crampFrom, doctorVisitSuggested, editedCramp } from './cramp';

const DAY = 86_400_000;
const now = Date.UTC(2026, 2, 10, 12);
const cramp = (daysAgo: number, loggedDaysAgo = daysAgo) => ({
  at: now - daysAgo * DAY,
  loggedAt: now - loggedDaysAgo * DAY,
});

describe('crampFrom', () => {
  it('fixes the night from the time of the cramp, so 03:00 belongs to the evening before', () => {
    const at = Date.UTC(2026, 2, 5, 2); // 03:00 in Berlin
    const entry = crampFrom(
      { at, leg: 'left', muscle: 'calf', severity: 4, note: '  woke me  ' },
      at + 60_000,
      60,
      4,
      'x1',
    );
    expect(entry).toEqual({
      id: `cramp-${at + 60_000}-x1`,
      at,
      loggedAt: at + 60_000,
      utcOffsetMinutes: 60,
      night: '2026-03-04',
      leg: 'left',
      muscle: 'calf',
      severity: 4,
      note: 'woke me',
    });
  });

  it('keeps severity within 1 to 5', () => {
    const base = { at: now, leg: 'right', muscle: 'foot', note: '' } as const;
    expect(crampFrom({ ...base, severity: 9 }, now, 0).severity).toBe(5);
    expect(crampFrom({ ...base, severity: 0 }, now, 0).severity).toBe(1);
  });
});

describe('doctorVisitSuggested', () => {
  it('stays quiet for two cramps, or three spread over more than a week', () => {
    expect(doctorVisitSuggested([cramp(1), cramp(3)], now, null)).toBe(false);
    expect(doctorVisitSuggested([cramp(1), cramp(5), cramp(9)], now, null)).toBe(false);
  });

  it('speaks up for three cramps within seven days', () => {
    expect(doctorVisitSuggested([cramp(0), cramp(3), cramp(7)], now, null)).toBe(true);
  });

  it('ignores an old cluster from long ago', () => {
    expect(doctorVisitSuggested([cramp(40), cramp(41), cramp(42)], now, null)).toBe(false);
  });

  it('stays dismissed for that cluster, even when a fourth cramp joins it', () => {
    const dismissedAt = now - 1.5 * DAY;
    const cluster = [cramp(4), cramp(3), cramp(2)];
    expect(doctorVisitSuggested(cluster, now, dismissedAt)).toBe(false);
    expect(doctorVisitSuggested([...cluster, cramp(0)], now, dismissedAt)).toBe(false);
  });

  it('comes back for a new cluster logged entirely after the dismissal', () => {
    const dismissedAt = now - 30 * DAY;
    expect(doctorVisitSuggested([cramp(0), cramp(1), cramp(2)], now, dismissedAt)).toBe(true);
  });
});

describe('editing a cramp', () => {
  it('keeps its id and when it was written, and moves its night with the new time', () => {
    const first = crampFrom(
      { at: Date.UTC(2026, 2, 5, 1), leg: 'left', muscle: 'calf', severity: 2, note: '' },
      Date.UTC(2026, 2, 5, 7),
      60,
      4,
      'abc',
    );
    expect(first.night).toBe('2026-03-04');
    const changed = editedCramp(
      first,
      { at: Date.UTC(2026, 2, 5, 20), leg: 'right', muscle: 'foot', severity: 4, note: ' woke ' },
      60,
      4,
    );
    expect(changed).toEqual({
      ...first,
      at: Date.UTC(2026, 2, 5, 20),
      night: '2026-03-05',
      leg: 'right',
      muscle: 'foot',
      severity: 4,
      note: 'woke',
    });
  });
});
