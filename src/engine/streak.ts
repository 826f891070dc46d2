import { addNights, type NightKey, nightsBetween } from './night';

export interface StreakSummary {
  /** Consecutive nights up to tonight, or up to last night while tonight is still open. */
  current: number;
  best: number;
  totalNights: number;
  /** Nights stretched among the last seven (tonight included): the forgiving view. */
  lastSevenNights: number;
  doneTonight: boolean;
}

/** Streak maths over the set of nights that have at least one completion. */
export function summarizeStreak(nights: Iterable<NightKey>, tonight: NightKey): StreakSummary {
  const done = new Set(nights);
  const sorted = [...done].sort();
  let best = 0;
  let run = 0;
  let previous: NightKey | null = null;
  for (const night of sorted) {
    run = previous !== null && nightsBetween(previous, night) === 1 ? run + 1 : 1;
    best = Math.max(best, run);
    previous = night;
  }
  const doneTonight = done.has(tonight);
  let current = 0;
  let cursor = doneTonight ? tonight : addNights(tonight, -1);
  while (done.has(cursor)) {
    current += 1;
    cursor = addNights(cursor, -1);
  }
  let lastSevenNights = 0;
  for (let back = 0; back < 7; back++)
    if (done.has(addNights(tonight, -back))) lastSevenNights += 1;
  return { current, best, totalNights: done.size, lastSevenNights, doneTonight };
}
