import { dayNumber, type NightKey, weekdayOf } from './night';

export interface StreakSummary {
  /** Consecutive nights up to tonight, or up to last night while tonight is still open. */
  current: number;
  best: number;
  totalNights: number;
  /** Nights stretched among the last seven (tonight included): the forgiving view. */
  lastSevenNights: number;
  /** Nights stretched since Monday, tonight included. */
  thisWeek: number;
  doneTonight: boolean;
}

/**
 * Streak maths over the nights that have at least one completion (several completions in one
 * night count once). Nights are compared as day numbers, so ten years take a few milliseconds.
 */
export function summarizeStreak(nights: Iterable<NightKey>, tonight: NightKey): StreakSummary {
  const done = new Set<number>();
  for (const night of nights) done.add(dayNumber(night));
  const sorted = Float64Array.from(done).sort();
  let best = 0;
  let run = 0;
  for (let index = 0; index < sorted.length; index++) {
    run = index > 0 && sorted[index] === (sorted[index - 1] ?? 0) + 1 ? run + 1 : 1;
    if (run > best) best = run;
  }
  const today = dayNumber(tonight);
  const doneTonight = done.has(today);
  let current = 0;
  for (let day = doneTonight ? today : today - 1; done.has(day); day--) current += 1;
  let lastSevenNights = 0;
  for (let back = 0; back < 7; back++) if (done.has(today - back)) lastSevenNights += 1;
  let thisWeek = 0;
  for (let day = today - weekdayOf(today); day <= today; day++) if (done.has(day)) thisWeek += 1;
  return { current, best, totalNights: done.size, lastSevenNights, thisWeek, doneTonight };
}

export interface Totals {
  nights: number;
  sessions: number;
  minutes: number;
}

/**
 * Nights that counted (once each), sessions and whole minutes stretched. A record without
 * `counted` predates the rule and counts.
 */
export function totalsOf(
  completions: Iterable<{ night: NightKey; durationMs: number; counted?: boolean }>,
): Totals {
  const nights = new Set<NightKey>();
  let sessions = 0;
  let ms = 0;
  for (const completion of completions) {
    if (completion.counted !== false) nights.add(completion.night);
    sessions += 1;
    ms += completion.durationMs;
  }
  return { nights: nights.size, sessions, minutes: Math.round(ms / 60_000) };
}
