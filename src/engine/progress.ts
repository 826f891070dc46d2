import type { SessionState, Transition } from './session';
import { restoreSession } from './sessionRestart';
import type { Timeline } from './timeline';

/** How long after the last save an interrupted session is still offered for resuming. */
export const RESUME_WINDOW_MS = 30 * 60_000;

/** What is kept of a session in progress, so a killed tab can pick it up again. */
export interface SavedProgress {
  version: 1;
  timeline: Timeline;
  segmentIndex: number;
  skippedSteps: number[];
  /** Holds held to their end so far; missing in sessions saved before this was measured. */
  heldSegments?: number[];
  startedAt: number;
  savedAt: number;
  /** Time the app had already lain closed before this save (absent in older saves: none). */
  deadMs?: number;
}

/** The progress worth saving now, or null once the session is over. */
export function progressOf(state: SessionState, now: number): SavedProgress | null {
  if (state.status !== 'running' && state.status !== 'paused') return null;
  return {
    version: 1,
    timeline: state.timeline,
    segmentIndex: state.segmentIndex,
    skippedSteps: [...state.skippedSteps],
    heldSegments: [...state.heldSegments],
    startedAt: state.startedAt,
    savedAt: now,
    deadMs: state.deadMs,
  };
}

/**
 * Picks a saved session up at `now`. The gap since it was saved is time the app lay closed, so
 * the finished routine's duration (and History's minutes) leave it out.
 */
export function resumeSaved(saved: SavedProgress, now: number): Transition {
  const deadMs = (saved.deadMs ?? 0) + Math.max(0, now - saved.savedAt);
  return restoreSession(
    saved.timeline,
    saved.segmentIndex,
    saved.skippedSteps,
    saved.startedAt,
    now,
    saved.heldSegments?.filter((index) => index < saved.timeline.segments.length) ?? [],
    deadMs,
  );
}

/** True while the saved session is recent enough to offer (and not from the future). */
export function isResumable(saved: SavedProgress, now: number): boolean {
  const age = now - saved.savedAt;
  return age >= -60_000 && age <= RESUME_WINDOW_MS;
}

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** Accepts only data shaped like a saved session, so a damaged record is ignored, not played. */
export function asSavedProgress(data: unknown): SavedProgress | null {
  if (!data || typeof data !== 'object') return null;
  const record = data as Partial<SavedProgress>;
  const timeline = record.timeline;
  if (
    record.version !== 1 ||
    !timeline ||
    !Array.isArray(timeline.segments) ||
    !Array.isArray(timeline.steps) ||
    typeof timeline.routineId !== 'string' ||
    typeof timeline.routineName !== 'string' ||
    !isCount(record.segmentIndex) ||
    record.segmentIndex >= timeline.segments.length ||
    !Array.isArray(record.skippedSteps) ||
    !record.skippedSteps.every(isCount) ||
    (record.heldSegments !== undefined &&
      (!Array.isArray(record.heldSegments) || !record.heldSegments.every(isCount))) ||
    typeof record.startedAt !== 'number' ||
    typeof record.savedAt !== 'number' ||
    (record.deadMs !== undefined && !isCount(record.deadMs))
  ) {
    return null;
  }
  const steps = timeline.steps.length;
  const segmentsFit = timeline.segments.every(
    (segment) =>
      isCount(segment?.stepIndex) && segment.stepIndex < steps && isCount(segment.durationMs),
  );
  const stepsFit = timeline.steps.every(
    (step) => isCount(step?.firstSegment) && step.firstSegment < timeline.segments.length,
  );
  return segmentsFit && stepsFit ? (record as SavedProgress) : null;
}
