import type { CrampEntry, Leg, Muscle } from '../engine/cramp';
import { addNights } from '../engine/night';
import type { CompletionRecord } from './db';

const ROUTINES = [
  ['bedtime-stretch', 'Bedtime stretch', ['wall-calf-left', 'wall-calf-right', 'ankle-circles']],
  [
    'in-bed-stretch',
    'In-bed stretch',
    ['ankle-pumps', 'lying-hamstring-left', 'lying-hamstring-right'],
  ],
] as const;
const LEGS: Leg[] = ['left', 'right', 'both'];
const MUSCLES: Muscle[] = ['calf', 'foot', 'thigh'];

/** Local evening time (ms) of a night key at the given hour, for a fixed UTC offset. */
function eveningOf(night: string, hour: number, utcOffsetMinutes: number): number {
  return Date.parse(`${night}T00:00:00Z`) + hour * 3_600_000 - utcOffsetMinutes * 60_000;
}

/** One completion a night for `count` nights ending at `lastNight` (tests and benchmarks). */
export function nightlyCompletions(
  lastNight: string,
  count: number,
  utcOffsetMinutes = 60,
): CompletionRecord[] {
  return Array.from({ length: count }, (_, index) => {
    const night = addNights(lastNight, index - count + 1);
    const [routineId, routineName, steps] = ROUTINES[index % ROUTINES.length] ?? ROUTINES[0];
    const completedAt = eveningOf(night, 22, utcOffsetMinutes) + (index % 90) * 60_000;
    const durationMs = (6 + (index % 5)) * 60_000;
    return {
      id: `${routineId}@${completedAt - durationMs}`,
      routineId,
      routineName,
      startedAt: completedAt - durationMs,
      completedAt,
      utcOffsetMinutes,
      night,
      stepsDone: index % 7 === 0 ? steps.slice(1) : [...steps],
      stepsSkipped: index % 7 === 0 ? steps.slice(0, 1) : [],
      durationMs,
      counted: true,
      heldSeconds: Math.round(durationMs / 2000),
      countedNight: night,
    };
  });
}

/** `count` diary entries spread over the nights before `lastNight`, every third night or so. */
export function crampDiary(lastNight: string, count: number, utcOffsetMinutes = 60): CrampEntry[] {
  return Array.from({ length: count }, (_, index) => {
    const night = addNights(lastNight, -Math.floor(index * 3.3) - 1);
    const at = eveningOf(night, 26, utcOffsetMinutes) + (index % 60) * 60_000; // about 02:00
    return {
      id: `cramp-${at + 120_000}-${index.toString(36)}`,
      at,
      loggedAt: at + 120_000,
      utcOffsetMinutes,
      night,
      leg: LEGS[index % 3] ?? 'left',
      muscle: MUSCLES[Math.floor(index / 3) % 3] ?? 'calf',
      severity: 1 + (index % 5),
      note: index % 4 === 0 ? `Woke me, eased after ${index % 10} minutes; "sharp", then sore` : '',
    };
  });
}

/**
 * Twelve weeks for "Is it helping?" and the doctor summary, ending tonight (not yet stretched).
 * By nights back from tonight: in the last 4 weeks 22 stretched nights and 3 cramps; in the 4
 * before, 9 and 8; before that 5 stretched nights and 2 cramps. One note names warning signs.
 */
export function insightsSample(
  tonight: string,
  utcOffsetMinutes = 60,
): { completions: CompletionRecord[]; cramps: CrampEntry[] } {
  const stretchedBack = (back: number) =>
    back < 28
      ? back > 0 && back % 5 !== 0
      : back < 56
        ? back % 3 === 0
        : back % 7 === 0 || back === 83;
  const completions: CompletionRecord[] = [];
  for (let back = 83; back >= 0; back--) {
    if (!stretchedBack(back)) continue;
    const night = addNights(tonight, -back);
    const [record] = nightlyCompletions(night, 1, utcOffsetMinutes);
    if (record) completions.push(record);
  }
  const crampNights: [number, number, string][] = [
    [75, 23, ''],
    [60, 2, ''],
    [52, 3, 'Woke me; eased after walking about'],
    [47, 1, ''],
    [44, 2, ''],
    [41, 3, 'Both feet, toes curled'],
    [38, 2, ''],
    [34, 3, ''],
    [31, 0, ''],
    [29, 2, 'Sore all morning'],
    [25, 1, ''],
    [12, 3, 'Left calf swollen and warm to the touch next day'],
    [5, 2, ''],
  ];
  const cramps = crampNights.map(([back, hour, note], index) => {
    const night = addNights(tonight, -back);
    // Hours after midnight fall on the next calendar day, still the same night.
    const at = eveningOf(night, hour < 12 ? hour + 24 : hour, utcOffsetMinutes) + index * 60_000;
    return {
      id: `cramp-${at + 60_000}-${index}`,
      at,
      loggedAt: at + 60_000,
      utcOffsetMinutes,
      night,
      leg: LEGS[index % 3] ?? 'left',
      muscle: MUSCLES[index % 3] ?? 'calf',
      severity: 1 + (index % 5),
      note,
    };
  });
  return { completions, cramps };
}
