import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completionFrom } from './completion';
import { addNights, localUtcOffsetMinutes, nightKeyFor } from './night';
import type { SessionState } from './session';
import { summarizeStreak } from './streak';
import { twoStretches } from './testRoutines';
import { buildTimeline } from './timeline';

// Every test here builds times with `new Date(y, m, d, h, min)`, which reads process.env.TZ, and
// records them the way the app does: offset in force at completion, night fixed at write time.

const timeline = buildTimeline(twoStretches);
const HOUR = 3_600_000;

function finishedAt(endedAt: number, skippedSteps: number[] = []): SessionState {
  return {
    timeline,
    status: 'done',
    segmentIndex: timeline.segments.length - 1,
    segmentEndsAt: endedAt,
    remainingMs: 0,
    cuedThrough: endedAt,
    startedAt: endedAt - 9 * 60_000,
    endedAt,
    deadMs: 0,
    skippedSteps,
    heldSegments: timeline.segments.flatMap((segment, index) =>
      segment.kind === 'hold' && !skippedSteps.includes(segment.stepIndex) ? [index] : [],
    ),
    eased: false,
  };
}

/** A routine finished at this local wall-clock time in the current TZ. */
function completeAt(year: number, month: number, day: number, hour: number, minute = 0) {
  const time = new Date(year, month - 1, day, hour, minute).getTime();
  return completeAtTime(time);
}

function completeAtTime(time: number, cutoffHour = 4) {
  return completionFrom(finishedAt(time), localUtcOffsetMinutes(time), cutoffHour);
}

function tonightAt(time: number, cutoffHour = 4) {
  return nightKeyFor(time, localUtcOffsetMinutes(time), cutoffHour);
}

const pad = (value: number) => String(value).padStart(2, '0');
const localDate = (date: Date) =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** Moments in 2026 when the zone's UTC offset changes, found by walking the year hour by hour. */
function offsetChanges(year: number): number[] {
  const changes: number[] = [];
  const end = Date.UTC(year + 1, 0, 1);
  let previous = localUtcOffsetMinutes(Date.UTC(year, 0, 1));
  for (let time = Date.UTC(year, 0, 1); time < end; time += HOUR / 4) {
    const offset = localUtcOffsetMinutes(time);
    if (offset !== previous) changes.push(time);
    previous = offset;
  }
  return changes;
}

function withZone(zone: string) {
  const before = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    process.env.TZ = before;
  });
}

/** Zone, its offset (minutes east) on 15 January 2026, and how many offset changes 2026 has. */
const ZONES: [string, number, number][] = [
  ['UTC', 0, 0],
  ['America/New_York', -300, 2],
  ['America/Los_Angeles', -480, 2],
  ['Europe/London', 0, 2],
  ['Europe/Berlin', 60, 2],
  ['America/St_Johns', -210, 2],
  ['America/Santiago', -180, 2],
  ['Australia/Sydney', 660, 2],
  ['Australia/Lord_Howe', 660, 2],
  ['Asia/Kolkata', 330, 0],
  ['Asia/Kathmandu', 345, 0],
  ['Pacific/Chatham', 825, 2],
  ['Pacific/Kiritimati', 840, 0],
  ['Pacific/Pago_Pago', -660, 0],
];

for (const [zone, januaryOffset, changeCount] of ZONES) {
  describe(`in ${zone}`, () => {
    withZone(zone);

    it('is really running in that zone', () => {
      expect(localUtcOffsetMinutes(new Date(2026, 0, 15, 12).getTime())).toBe(januaryOffset);
      expect(offsetChanges(2026)).toHaveLength(changeCount);
    });

    it('turns a year of evenings at 22:30 into one unbroken run, DST days included', () => {
      const records = Array.from({ length: 365 }, (_, index) =>
        completeAt(2026, 1, 1 + index, 22, 30),
      );
      records.forEach((record, index) => {
        expect(record.night).toBe(localDate(new Date(2026, 0, 1 + index)));
      });
      const summary = summarizeStreak(
        records.map((record) => record.night),
        '2026-12-31',
      );
      expect(summary).toMatchObject({ current: 365, best: 365, totalNights: 365 });
    });

    it('counts a stretch after midnight, up to the cutoff, for the evening before', () => {
      for (const [month, day] of [
        [1, 10],
        [3, 8],
        [3, 29],
        [4, 5],
        [9, 27],
        [10, 4],
        [10, 25],
        [11, 1],
      ] as const) {
        const evening = localDate(new Date(2026, month - 1, day));
        expect(completeAt(2026, month, day + 1, 0, 30).night).toBe(evening);
        expect(completeAt(2026, month, day + 1, 3, 59).night).toBe(evening);
        expect(completeAt(2026, month, day + 1, 4, 0).night).toBe(addNights(evening, 1));
      }
    });

    it('keeps the night steady across both daylight-saving changes', () => {
      for (const change of offsetChanges(2026)) {
        const justBefore = completeAtTime(change - 10 * 60_000);
        const justAfter = completeAtTime(change + 10 * 60_000);
        const eveningBefore = completeAtTime(change - 3 * HOUR);
        expect(justAfter.night).toBe(justBefore.night);
        expect(justBefore.night).toBe(eveningBefore.night);
        // The evenings either side of the change (one of them 23 or 25 hours long): no gap.
        const nextDay = new Date(change + 12 * HOUR);
        const nextEvening = completeAt(
          nextDay.getFullYear(),
          nextDay.getMonth() + 1,
          nextDay.getDate(),
          22,
        );
        const previousDay = new Date(change - 12 * HOUR);
        const previousEvening = completeAt(
          previousDay.getFullYear(),
          previousDay.getMonth() + 1,
          previousDay.getDate(),
          22,
        );
        expect(nextEvening.completedAt - previousEvening.completedAt).not.toBe(24 * HOUR);
        expect(previousEvening.night).toBe(justBefore.night);
        expect(
          summarizeStreak([previousEvening.night, nextEvening.night], nextEvening.night),
        ).toMatchObject({ current: 2, totalNights: 2 });
      }
    });

    it('says tonight is done at 01:00 after a stretch at 23:00', () => {
      const record = completeAt(2026, 3, 28, 23);
      const oneAm = new Date(2026, 2, 29, 1).getTime();
      expect(summarizeStreak([record.night], tonightAt(oneAm)).doneTonight).toBe(true);
      const fiveAm = new Date(2026, 2, 29, 5).getTime();
      const nextEvening = summarizeStreak([record.night], tonightAt(fiveAm));
      expect(nextEvening).toMatchObject({ doneTonight: false, current: 1 });
    });

    it('never moves a stored night when the zone or the cutoff changes afterwards', () => {
      const records = [
        completeAt(2026, 3, 7, 23, 50),
        completeAt(2026, 3, 9, 0, 40),
        completeAt(2026, 3, 9, 22, 10),
      ];
      const tonight = records[2]?.night ?? '';
      const summary = summarizeStreak(
        records.map((record) => record.night),
        tonight,
      );
      process.env.TZ = zone === 'Pacific/Kiritimati' ? 'Pacific/Pago_Pago' : 'Pacific/Kiritimati';
      const later = records.map((record) => ({ ...record }));
      expect(later.map((record) => record.night)).toEqual(records.map((record) => record.night));
      expect(
        summarizeStreak(
          later.map((record) => record.night),
          tonight,
        ),
      ).toEqual(summary);
      process.env.TZ = zone;
      expect(summary).toMatchObject({ current: 3, totalNights: 3 });
    });

    it('handles ten years of nightly completions near midnight', () => {
      const records = Array.from({ length: 3652 }, (_, index) =>
        completeAt(2016, 3, 6 + index, 23, 45),
      );
      const nights = records.map((record) => record.night);
      expect(new Set(nights).size).toBe(3652);
      const summary = summarizeStreak(nights, nights.at(-1) ?? '');
      expect(summary).toMatchObject({ current: 3652, best: 3652, totalNights: 3652 });
    });
  });
}

describe('travelling across zones', () => {
  const original = process.env.TZ;
  afterAll(() => {
    process.env.TZ = original;
  });

  function completeIn(zone: string, year: number, month: number, day: number, hour: number) {
    process.env.TZ = zone;
    return completeAt(year, month, day, hour);
  }

  it('flying east overnight keeps the streak going', () => {
    const nights = [
      completeIn('America/New_York', 2026, 6, 1, 22).night,
      completeIn('Europe/London', 2026, 6, 2, 22).night,
      completeIn('Asia/Tokyo', 2026, 6, 3, 22).night,
    ];
    expect(nights).toEqual(['2026-06-01', '2026-06-02', '2026-06-03']);
    process.env.TZ = 'Asia/Tokyo';
    const now = new Date(2026, 5, 3, 23).getTime();
    expect(summarizeStreak(nights, tonightAt(now)).current).toBe(3);
  });

  it('flying west and stretching twice in one long evening counts one night', () => {
    const london = completeIn('Europe/London', 2026, 6, 1, 18);
    const newYork = completeIn('America/New_York', 2026, 6, 1, 22);
    expect(newYork.completedAt - london.completedAt).toBe(9 * HOUR);
    expect(london.night).toBe(newYork.night);
    expect(london.utcOffsetMinutes).toBe(60);
    expect(newYork.utcOffsetMinutes).toBe(-240);
    expect(summarizeStreak([london.night, newYork.night], newYork.night)).toMatchObject({
      current: 1,
      totalNights: 1,
    });
  });

  it('crossing the date line westward repeats a date, and that night counts once', () => {
    const auckland = completeIn('Pacific/Auckland', 2026, 6, 1, 21);
    const honolulu = completeIn('Pacific/Honolulu', 2026, 6, 1, 21);
    expect(honolulu.completedAt).toBeGreaterThan(auckland.completedAt);
    expect(summarizeStreak([auckland.night, honolulu.night], honolulu.night).totalNights).toBe(1);
  });

  it('keeps home nights as they were after moving to a new zone for good', () => {
    const home = [
      completeIn('Europe/Berlin', 2026, 9, 1, 23),
      completeIn('Europe/Berlin', 2026, 9, 2, 0),
    ];
    const after = completeIn('America/Los_Angeles', 2026, 9, 3, 22);
    expect(home.map((record) => record.night)).toEqual(['2026-09-01', '2026-09-01']);
    expect(after.night).toBe('2026-09-03');
    // 2 September was missed; tonight (3 September, done) starts a new run.
    expect(
      summarizeStreak(
        [...home, after].map((r) => r.night),
        after.night,
      ).current,
    ).toBe(1);
  });
});

describe('a completion record', () => {
  it('carries every field, with the night fixed from the offset at completion', () => {
    const endedAt = Date.UTC(2026, 2, 5, 23, 40); // 00:40 in Berlin on 6 March
    const record = completionFrom(finishedAt(endedAt, [2]), 60, 4);
    expect(record).toEqual({
      id: `test-routine@${endedAt - 9 * 60_000}`,
      routineId: 'test-routine',
      routineName: 'Test routine',
      startedAt: endedAt - 9 * 60_000,
      completedAt: endedAt,
      utcOffsetMinutes: 60,
      night: '2026-03-05',
      stepsDone: ['calf-left', 'calf-right'],
      stepsSkipped: ['ankles'],
      durationMs: 9 * 60_000,
      counted: true,
      heldSeconds: 120,
      countedNight: '2026-03-05',
    });
  });
});
