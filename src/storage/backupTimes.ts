import { nightKeyFor } from '../engine/night';
import type { Backup } from './backupSchema';

/** A phone clock a few minutes behind the one that made the file is not a lie. */
const CLOCK_GRACE_MS = 10 * 60_000;
/** A night ends at a cutoff hour from midnight to 11 am, so it is that day or the one before. */
const LATEST_CUTOFF_HOUR = 11;

const dayOf = (timeMs: number) => new Date(timeMs).toISOString().slice(0, 10);

function nightProblem(
  field: string,
  record: { night: string; utcOffsetMinutes: number },
  timeMs: number,
  what: string,
): string | null {
  const latest = nightKeyFor(timeMs, record.utcOffsetMinutes, 0);
  const earliest = nightKeyFor(timeMs, record.utcOffsetMinutes, LATEST_CUTOFF_HOUR);
  if (record.night === latest || record.night === earliest) return null;
  return `Field "${field}.night" is ${record.night}, but ${what} on ${latest}, so the two disagree.`;
}

function futureProblem(field: string, timeMs: number, nowMs: number): string | null {
  return timeMs > nowMs + CLOCK_GRACE_MS
    ? `Field "${field}" is ${dayOf(timeMs)}, which has not come yet on this phone.`
    : null;
}

/**
 * The first session or cramp dated after now, or whose night disagrees with its own time:
 * either would count a night that never happened.
 */
export function firstBadTime(backup: Backup, nowMs: number): string | null {
  for (const [index, record] of backup.completions.entries()) {
    const field = `completions[${index}]`;
    const problem =
      futureProblem(`${field}.completedAt`, record.completedAt, nowMs) ??
      nightProblem(field, record, record.completedAt, 'the session finished');
    if (problem) return problem;
  }
  for (const [index, record] of backup.cramps.entries()) {
    const field = `cramps[${index}]`;
    const problem =
      futureProblem(`${field}.at`, record.at, nowMs) ??
      futureProblem(`${field}.loggedAt`, record.loggedAt, nowMs) ??
      nightProblem(field, record, record.at, 'the cramp happened');
    if (problem) return problem;
  }
  return null;
}
