import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crampFrom } from './cramp';
import { crampHours, nightDataFrom, weeklySeries } from './insights';
import { localUtcOffsetMinutes, nightKeyFor } from './night';

// Records are made the way the app makes them, with `new Date(y, m, d, h)` read in process.env.TZ:
// the offset in force at that moment is stored, the night fixed at write time.

function withZone(zone: string) {
  const before = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    process.env.TZ = before;
  });
}

const at = (year: number, month: number, day: number, hour: number, minute = 0) =>
  new Date(year, month - 1, day, hour, minute).getTime();

const night = (time: number) => ({ night: nightKeyFor(time, localUtcOffsetMinutes(time)) });

const cramp = (time: number) =>
  crampFrom(
    { at: time, leg: 'left', muscle: 'calf', severity: 3, note: '' },
    time + 60_000,
    localUtcOffsetMinutes(time),
  );

/** Zone and a Sunday in 2026 when its clocks change (or an ordinary Sunday where they don't). */
const ZONES: [string, [number, number, number]][] = [
  ['UTC', [2026, 3, 29]],
  ['Europe/Berlin', [2026, 3, 29]],
  ['Europe/London', [2026, 10, 25]],
  ['America/New_York', [2026, 3, 8]],
  ['America/Los_Angeles', [2026, 11, 1]],
  ['Australia/Sydney', [2026, 4, 5]],
  ['Asia/Kathmandu', [2026, 3, 29]],
  ['Pacific/Chatham', [2026, 4, 5]],
];

for (const [zone, [year, month, sunday]] of ZONES) {
  describe(`in ${zone}`, () => {
    withZone(zone);

    it('counts every evening of the clock-change week, late ones included, in that week', () => {
      // Monday to Sunday of the week ending on the change; Tuesday's and Friday's sessions end
      // after midnight and still count for the evening before.
      const monday = sunday - 6;
      const completions = Array.from({ length: 7 }, (_, index) =>
        index === 1 || index === 4
          ? night(at(year, month, monday + index + 1, 0, 40))
          : night(at(year, month, monday + index, 22, 30)),
      );
      // Cramps at 03:30 on the nights from Saturday to Monday, either side of the change.
      const cramps = [
        cramp(at(year, month, sunday, 3, 30)),
        cramp(at(year, month, sunday + 1, 3, 30)),
      ];
      const tonight = nightKeyFor(
        at(year, month, sunday + 1, 12),
        localUtcOffsetMinutes(at(year, month, sunday + 1, 12)),
      );
      const weeks = weeklySeries(nightDataFrom(completions, cramps), tonight, 2);
      expect(weeks[0]?.start).toBe(completions[0]?.night);
      expect(weeks[0]).toMatchObject({ nights: 7, stretched: 7, cramps: 2 });
      expect(weeks[1]).toMatchObject({ nights: 1, stretched: 0, cramps: 0 });
      expect(crampHours(cramps)[3]).toBe(2);
    });
  });
}
