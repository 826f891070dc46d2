import type { Timeline } from './timeline';

// The session engine's shape: its state, the events it takes and the cues it hands out.

export type SessionStatus = 'running' | 'paused' | 'done' | 'stopped';

export type CueKind =
  | 'get-ready'
  | 'next-stretch'
  | 'switch-side'
  | 'hold-start'
  | 'rest'
  | 'countdown'
  | 'done';

export interface Cue {
  kind: CueKind;
  /** When the cue was due, in clock milliseconds. */
  scheduledAt: number;
  segmentIndex: number;
  stepIndex: number;
  /** For `countdown`: 3, 2 or 1 seconds left in the hold. */
  count?: number;
}

export interface SessionState {
  timeline: Timeline;
  status: SessionStatus;
  segmentIndex: number;
  /** Absolute deadline of the current segment while running. */
  segmentEndsAt: number;
  /** Time left in the current segment while paused. */
  remainingMs: number;
  /** Cues due up to this moment have been handed out. */
  cuedThrough: number;
  startedAt: number;
  endedAt: number | null;
  /** Steps the person skipped (indexes into timeline.steps). */
  skippedSteps: number[];
}

export type SessionEvent =
  | { type: 'start'; timeline: Timeline }
  | { type: 'tick' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'skip' }
  | { type: 'back' }
  | { type: 'stop' };

export interface Transition {
  state: SessionState;
  /** Cues to act on now: at most one per transition, the newest that fell due. */
  cues: Cue[];
  /**
   * Cues never to be played: due too long ago (the tab was asleep), or overtaken by a newer one
   * that fell due in the same catch-up. Never played in a burst.
   */
  dropped: Cue[];
}
