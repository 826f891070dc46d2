// The stored shape of a finished session, and reading older ones. Kept apart from
// completion.ts (which needs the session engine) so storage stays off the engine's code.

/**
 * One routine played to its end, counted or not. `night` is fixed when written and never
 * recomputed. Records written before schema version 3 were given `counted` and `heldSeconds`
 * by the upgrade (see storage/migrations.ts).
 */
export interface Completion {
  id: string;
  routineId: string;
  routineName: string;
  startedAt: number;
  completedAt: number;
  /** UTC offset in minutes east of Greenwich at completion. */
  utcOffsetMinutes: number;
  night: string;
  stepsDone: string[];
  stepsSkipped: string[];
  durationMs: number;
  /** The person held at least half the planned hold time: this session makes the night count. */
  counted: boolean;
  /** Seconds of holds held to their end; null for sessions recorded before this was measured. */
  heldSeconds: number | null;
  /** Equal to `night` when counted, absent otherwise: the streak reads nights by this index. */
  countedNight?: string;
  /** `relief` for cramp relief (which never counts); absent for an ordinary routine. */
  mode?: 'relief';
}

/** Played to its end but did not count: a partial routine (cramp relief is not partial). */
export const isPartial = (record: Pick<Completion, 'counted' | 'mode'>): boolean =>
  !record.counted && record.mode !== 'relief';

/** A completion written before sessions were measured: whatever it lacks, filled in honestly. */
export type LegacyCompletion = Omit<Completion, 'counted' | 'heldSeconds' | 'countedNight'> &
  Partial<Pick<Completion, 'counted' | 'heldSeconds' | 'countedNight'>>;

/** The routine that was special before modes existed; its old records never counted. */
const LEGACY_RELIEF_ID = 'cramp-relief';

/**
 * A record from before schema version 3 (or backup format 3). It counted under the rule of its
 * day, so it keeps counting, except cramp relief, which never counts; its hold time was never
 * measured, so `heldSeconds` is null. `countedNight` always follows `counted`.
 */
export function withCounting(record: LegacyCompletion): Completion {
  const { countedNight: _, ...rest } = record;
  const relief = record.mode === 'relief' || record.routineId === LEGACY_RELIEF_ID;
  const counted = !relief && (record.counted ?? true);
  return {
    ...rest,
    ...(relief ? { mode: 'relief' as const } : {}),
    counted,
    heldSeconds: record.heldSeconds ?? null,
    ...(counted ? { countedNight: record.night } : {}),
  };
}
