import { holdSegmentsOf } from './holds';
import type { SessionState } from './sessionTypes';
import { isRelief, type Timeline } from './timeline';

/** Share of a routine's planned hold time that must be held for the night to count. */
export const COUNTING_SHARE = 0.5;

/** How much of a routine the person really stretched, and whether the night counts for it. */
export interface StretchTally {
  /** Hold time held to the end of each hold, in ms; skipped or cut-short holds add nothing. */
  heldMs: number;
  /** Hold time the routine planned, in ms (pauses and rests are not stretching). */
  plannedMs: number;
  /** Stretches (steps) whose every hold was held to its end. */
  stretchesHeld: number;
  stretchCount: number;
  /** At least half of the planned hold time held; cramp relief never counts. */
  counts: boolean;
}

export function tallyHolds(timeline: Timeline, heldSegments: readonly number[]): StretchTally {
  const held = new Set(heldSegments);
  let heldMs = 0;
  let plannedMs = 0;
  timeline.segments.forEach((segment, index) => {
    if (segment.kind !== 'hold') return;
    plannedMs += segment.durationMs;
    if (held.has(index)) heldMs += segment.durationMs;
  });
  const stretchesHeld = timeline.steps.filter((_, stepIndex) =>
    holdSegmentsOf(timeline, stepIndex).every((segment) => held.has(segment)),
  ).length;
  return {
    heldMs,
    plannedMs,
    stretchesHeld,
    stretchCount: timeline.steps.length,
    counts: !isRelief(timeline) && plannedMs > 0 && heldMs >= plannedMs * COUNTING_SHARE,
  };
}

export const tallySession = (state: SessionState): StretchTally =>
  tallyHolds(state.timeline, state.heldSegments);
