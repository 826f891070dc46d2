import type { Leg, Muscle } from './cramp';
import { dayNumber, type NightKey, nightFromDayNumber, weekdayOf } from './night';
import { type NotePart, warningSignParts } from './noteWarnings';

// The one-page summary a person can hand a doctor: what they did, every cramp they logged, and
// the notes that mention something a clinician should hear about. It flags words; it never
// says what they mean.

export { type NotePart, WARNING_WORDS, warningSignParts } from './noteWarnings';

export interface SummaryCompletion {
  night: NightKey;
  routineId: string;
  routineName: string;
  durationMs: number;
}

export interface SummaryCrampInput {
  id: string;
  at: number;
  utcOffsetMinutes: number;
  night: NightKey;
  leg: Leg;
  muscle: Muscle;
  severity: number;
  note: string;
}

export interface SummaryCramp extends SummaryCrampInput {
  noteParts: NotePart[];
  /** The note mentions a warning word. */
  warning: boolean;
}

export interface SummaryWeek {
  /** First and last night of the week inside the range. */
  from: NightKey;
  to: NightKey;
  nights: number;
  stretched: number;
  cramps: number;
}

export interface RoutineUse {
  routineId: string;
  name: string;
  sessions: number;
  nights: number;
  minutes: number;
}

export interface DoctorSummary {
  from: NightKey;
  to: NightKey;
  nights: number;
  nightsStretched: number;
  weeks: SummaryWeek[];
  /** The same counts by calendar month, for long ranges. */
  months: SummaryWeek[];
  /** Oldest first. */
  cramps: SummaryCramp[];
  crampsWithWarningWords: number;
  /** Most used first. */
  routines: RoutineUse[];
}

/**
 * The range a summary covers: the last `weeks` weeks up to tonight (whole weeks from Monday),
 * or everything when `weeks` is null, never before the first night.
 */
export function summaryRange(
  tonight: NightKey,
  firstNight: NightKey | null,
  weeks: number | null,
): { from: NightKey; to: NightKey } {
  const today = dayNumber(tonight);
  const first = firstNight === null ? today : Math.min(dayNumber(firstNight), today);
  const start = weeks === null ? first : today - weekdayOf(today) - (weeks - 1) * 7;
  return { from: nightFromDayNumber(Math.max(first, start)), to: tonight };
}

/** Records outside from..to are left out, so callers may pass more than the range. */
export function doctorSummary(input: {
  from: NightKey;
  to: NightKey;
  completions: Iterable<SummaryCompletion>;
  cramps: Iterable<SummaryCrampInput>;
  /** The warning words to look for in notes (English unless given). */
  warningWords?: readonly string[];
}): DoctorSummary {
  const { from, to } = input;
  const first = dayNumber(from);
  const last = dayNumber(to);
  const inRange = (night: NightKey) => night >= from && night <= to;

  const stretched = new Set<number>();
  const routines = new Map<string, RoutineUse & { nightSet: Set<NightKey> }>();
  for (const completion of input.completions) {
    if (!inRange(completion.night)) continue;
    stretched.add(dayNumber(completion.night));
    let use = routines.get(completion.routineId);
    if (!use) {
      use = {
        routineId: completion.routineId,
        name: completion.routineName,
        sessions: 0,
        nights: 0,
        minutes: 0,
        nightSet: new Set(),
      };
      routines.set(completion.routineId, use);
    }
    use.sessions += 1;
    use.nightSet.add(completion.night);
    use.minutes += completion.durationMs / 60_000;
  }

  const crampsByDay = new Map<number, number>();
  const cramps: SummaryCramp[] = [];
  for (const cramp of input.cramps) {
    if (!inRange(cramp.night)) continue;
    const day = dayNumber(cramp.night);
    crampsByDay.set(day, (crampsByDay.get(day) ?? 0) + 1);
    const noteParts = warningSignParts(cramp.note, input.warningWords);
    cramps.push({ ...cramp, noteParts, warning: noteParts.some((part) => part.warning) });
  }
  cramps.sort((a, b) => a.at - b.at);

  const count = (start: number, end: number): SummaryWeek => {
    const span: SummaryWeek = {
      from: nightFromDayNumber(start),
      to: nightFromDayNumber(end),
      nights: end - start + 1,
      stretched: 0,
      cramps: 0,
    };
    for (let day = start; day <= end; day++) {
      if (stretched.has(day)) span.stretched += 1;
      span.cramps += crampsByDay.get(day) ?? 0;
    }
    return span;
  };
  const weeks: SummaryWeek[] = [];
  for (let monday = first - weekdayOf(first); monday <= last; monday += 7) {
    weeks.push(count(Math.max(monday, first), Math.min(monday + 6, last)));
  }
  const months: SummaryWeek[] = [];
  for (let start = first; start <= last; ) {
    const [year = 0, month = 1] = nightFromDayNumber(start).split('-').map(Number);
    const nextMonth = Math.round(Date.UTC(year, month, 1) / 86_400_000);
    const end = Math.min(nextMonth - 1, last);
    months.push(count(start, end));
    start = end + 1;
  }

  return {
    from,
    to,
    nights: Math.max(0, last - first + 1),
    nightsStretched: stretched.size,
    weeks,
    months,
    cramps,
    crampsWithWarningWords: cramps.filter((cramp) => cramp.warning).length,
    routines: [...routines.values()]
      .map(({ nightSet, ...use }) => ({
        ...use,
        nights: nightSet.size,
        minutes: Math.round(use.minutes),
      }))
      .sort((a, b) => b.sessions - a.sessions || a.name.localeCompare(b.name)),
  };
}
