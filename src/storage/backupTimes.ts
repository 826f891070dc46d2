import { nightKeyFor } from '../engine/night';
import { t } from '../i18n/i18n';
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
  what: 'session' | 'cramp',
): string | null {
  const latest = nightKeyFor(timeMs, record.utcOffsetMinutes, 0);
  const earliest = nightKeyFor(timeMs, record.utcOffsetMinutes, LATEST_CUTOFF_HOUR);
  if (record.night === latest || record.night === earliest) return null;
  return t('data.nightDisagrees', { field: `${field}.night`, night: record.night, what, latest });
}

function futureProblem(field: string, timeMs: number, nowMs: number): string | null {
  return timeMs > nowMs + CLOCK_GRACE_MS ? t('data.notYet', { field, day: dayOf(timeMs) }) : null;
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
      nightProblem(field, record, record.completedAt, 'session');
    if (problem) return problem;
  }
  for (const [index, record] of backup.cramps.entries()) {
    const field = `cramps[${index}]`;
    const problem =
      futureProblem(`${field}.at`, record.at, nowMs) ??
      futureProblem(`${field}.loggedAt`, record.loggedAt, nowMs) ??
      nightProblem(field, record, record.at, 'cramp');
    if (problem) return problem;
  }
  return null;
}
