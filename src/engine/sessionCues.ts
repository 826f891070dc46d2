import type { Cue, CueKind, SessionState } from './sessionTypes';
import type { Segment, Timeline, TimelineStep } from './timeline';

// Where a session is in its timeline, and the cues each segment hands out.

const COUNTDOWN_FROM = 3;

export function segmentAt(timeline: Timeline, index: number): Segment {
  const segment = timeline.segments[index];
  if (!segment) throw new Error(`segment ${index} is outside the timeline`);
  return segment;
}

export function stepAt(timeline: Timeline, index: number): TimelineStep {
  const step = timeline.steps[index];
  if (!step) throw new Error(`step ${index} is outside the timeline`);
  return step;
}

export function enterCue(timeline: Timeline, segmentIndex: number, at: number): Cue {
  const segment = segmentAt(timeline, segmentIndex);
  const kinds: Record<Segment['kind'], CueKind> = {
    ready: segment.stepIndex === 0 ? 'get-ready' : 'next-stretch',
    switch: 'switch-side',
    hold: 'hold-start',
    rest: 'rest',
  };
  return { kind: kinds[segment.kind], scheduledAt: at, segmentIndex, stepIndex: segment.stepIndex };
}

/** The "3, 2, 1" cues at the end of a hold, as absolute times. */
export function countdownCues(state: SessionState, segmentIndex: number, endsAt: number): Cue[] {
  const segment = segmentAt(state.timeline, segmentIndex);
  if (segment.kind !== 'hold' || segment.durationMs < 2 * COUNTDOWN_FROM * 1000) return [];
  const cues: Cue[] = [];
  for (let count = COUNTDOWN_FROM; count >= 1; count--) {
    cues.push({
      kind: 'countdown',
      scheduledAt: endsAt - count * 1000,
      segmentIndex,
      stepIndex: segment.stepIndex,
      count,
    });
  }
  return cues;
}
