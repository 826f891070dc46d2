import { LEGS, MUSCLES } from '../engine/cramp';
import type { CompletionRecord, CrampRecord } from '../storage/db';

// A record damaged on the phone (an old bug, a browser extension, a hand-edited database) must
// not take the whole of History down: it is left out, counted, and named.

const isFiniteNumber = (value: unknown) => typeof value === 'number' && Number.isFinite(value);
const isNight = (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

export function isReadableCompletion(record: unknown): record is CompletionRecord {
  if (!record || typeof record !== 'object') return false;
  const value = record as Record<string, unknown>;
  return (
    typeof value.id === 'string' &&
    typeof value.routineName === 'string' &&
    isFiniteNumber(value.completedAt) &&
    isFiniteNumber(value.utcOffsetMinutes) &&
    isFiniteNumber(value.durationMs) &&
    isNight(value.night) &&
    Array.isArray(value.stepsSkipped)
  );
}

export function isReadableCramp(record: unknown): record is CrampRecord {
  if (!record || typeof record !== 'object') return false;
  const value = record as Record<string, unknown>;
  return (
    typeof value.id === 'string' &&
    isFiniteNumber(value.at) &&
    isFiniteNumber(value.loggedAt) &&
    isFiniteNumber(value.utcOffsetMinutes) &&
    isFiniteNumber(value.severity) &&
    isNight(value.night) &&
    (LEGS as readonly unknown[]).includes(value.leg) &&
    (MUSCLES as readonly unknown[]).includes(value.muscle) &&
    (value.note === undefined || typeof value.note === 'string')
  );
}

/** The records that can be shown, and how many could not. */
export function splitReadable<T>(
  records: readonly unknown[],
  readable: (record: unknown) => record is T,
): { shown: T[]; unreadable: number } {
  const shown = records.filter(readable);
  return { shown, unreadable: records.length - shown.length };
}
