import { DEFAULT_CUTOFF_HOUR, type NightKey, nightKeyFor } from './night';

export const LEGS = ['left', 'right', 'both'] as const;
export const MUSCLES = ['calf', 'foot', 'thigh'] as const;
export type Leg = (typeof LEGS)[number];
export type Muscle = (typeof MUSCLES)[number];

/** One cramp in the diary. Like a completion, its night is fixed when written. */
export interface CrampEntry {
  id: string;
  /** When the cramp happened (the person may edit it). */
  at: number;
  /** When it was written down. */
  loggedAt: number;
  /** UTC offset in minutes east of Greenwich at `at`. */
  utcOffsetMinutes: number;
  night: NightKey;
  leg: Leg;
  muscle: Muscle;
  /** 1 (mild) to 5 (worst). */
  severity: number;
  note: string;
}

export interface CrampInput {
  at: number;
  leg: Leg;
  muscle: Muscle;
  severity: number;
  note: string;
}

export const MAX_NOTE_LENGTH = 1000;

/** The diary entry for what the person entered; the night is fixed here, once. */
export function crampFrom(
  input: CrampInput,
  loggedAt: number,
  utcOffsetMinutes: number,
  cutoffHour: number = DEFAULT_CUTOFF_HOUR,
  randomSuffix = '',
): CrampEntry {
  return {
    id: `cramp-${loggedAt}${randomSuffix ? `-${randomSuffix}` : ''}`,
    at: input.at,
    loggedAt,
    utcOffsetMinutes,
    night: nightKeyFor(input.at, utcOffsetMinutes, cutoffHour),
    leg: input.leg,
    muscle: input.muscle,
    severity: Math.min(5, Math.max(1, Math.round(input.severity))),
    note: input.note.trim().slice(0, MAX_NOTE_LENGTH),
  };
}

/** The same entry with what the person changed; its id and when it was first written stay. */
export function editedCramp(
  existing: CrampEntry,
  input: CrampInput,
  utcOffsetMinutes: number,
  cutoffHour: number = DEFAULT_CUTOFF_HOUR,
): CrampEntry {
  const { id, loggedAt } = existing;
  return { ...crampFrom(input, loggedAt, utcOffsetMinutes, cutoffHour), id, loggedAt };
}

const WEEK_MS = 7 * 86_400_000;
/** A cluster older than this is history, not news: it does not raise the card. */
const RECENT_MS = 14 * 86_400_000;

/**
 * True when three cramps fall within seven days, the latest of them in the last two weeks,
 * all written down after the card was last dismissed: it is shown once per cluster.
 */
export function doctorVisitSuggested(
  cramps: readonly Pick<CrampEntry, 'at' | 'loggedAt'>[],
  nowMs: number,
  dismissedAt: number | null,
): boolean {
  const times = cramps
    .filter((cramp) => dismissedAt === null || cramp.loggedAt > dismissedAt)
    .map((cramp) => cramp.at)
    .sort((a, b) => a - b);
  for (let index = 2; index < times.length; index++) {
    const last = times[index] ?? 0;
    const first = times[index - 2] ?? 0;
    if (last - first <= WEEK_MS && last >= nowMs - RECENT_MS) return true;
  }
  return false;
}
