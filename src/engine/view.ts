import type { SessionState } from './session';
import type { Segment, TimelineStep } from './timeline';

/** What the Player shows at a given moment, derived from the state and the clock. */
export interface SessionView {
  status: SessionState['status'];
  segment: Segment;
  step: TimelineStep;
  stepIndex: number;
  stepCount: number;
  /** Whole seconds left in the current segment, rounded up (what a countdown shows). */
  secondsLeft: number;
  msLeft: number;
  /** Share of the current segment already gone, 0..1. */
  segmentProgress: number;
  nextStep: TimelineStep | null;
}

export function msLeftInSegment(state: SessionState, now: number): number {
  if (state.status === 'running') return Math.max(0, state.segmentEndsAt - now);
  if (state.status === 'paused') return state.remainingMs;
  return 0;
}

export function viewSession(state: SessionState, now: number): SessionView {
  const segment = state.timeline.segments[state.segmentIndex];
  const step = segment ? state.timeline.steps[segment.stepIndex] : undefined;
  if (!segment || !step) throw new Error('session points outside its timeline');
  const msLeft = msLeftInSegment(state, now);
  return {
    status: state.status,
    segment,
    step,
    stepIndex: segment.stepIndex,
    stepCount: state.timeline.steps.length,
    secondsLeft: Math.ceil(msLeft / 1000),
    msLeft,
    segmentProgress: segment.durationMs === 0 ? 1 : 1 - msLeft / segment.durationMs,
    nextStep: state.timeline.steps[segment.stepIndex + 1] ?? null,
  };
}

/**
 * The next moment anything changes for a running session: the displayed second,
 * a countdown cue or the segment's deadline. All of them fall on `deadline - k * 1000`.
 */
export function nextWakeAt(state: SessionState, now: number): number | null {
  if (state.status !== 'running') return null;
  const msLeft = state.segmentEndsAt - now;
  if (msLeft <= 0) return now;
  const wholeSecondsAfterNextChange = Math.ceil(msLeft / 1000) - 1;
  return state.segmentEndsAt - wholeSecondsAfterNextChange * 1000;
}
