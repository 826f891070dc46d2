import { countdownCues, enterCue, segmentAt, stepAt } from './sessionCues';
import type { Cue, SessionEvent, SessionState, SessionStatus, Transition } from './sessionTypes';
import type { Timeline } from './timeline';

export type {
  Cue,
  CueKind,
  SessionEvent,
  SessionState,
  SessionStatus,
  Transition,
} from './sessionTypes';

/**
 * The session engine: a pure reducer `(state, event, nowMs) -> { state, cues }`.
 * Every countdown is derived from absolute deadlines, so a tick that arrives late
 * (throttled or hidden tab) catches up exactly instead of drifting. Its types are in
 * sessionTypes.ts, the cues each segment hands out in sessionCues.ts.
 */

/** A cue later than this is dropped rather than played. */
export const STALE_CUE_MS = 2000;
/** Within this much of a step's start, "back" goes to the previous step instead of restarting. */
export const BACK_GRACE_MS = 2000;

export function startSession(timeline: Timeline, now: number): Transition {
  const first = timeline.segments[0];
  if (!first) throw new Error(`routine ${timeline.routineId} has no segments`);
  const state: SessionState = {
    timeline,
    status: 'running',
    segmentIndex: 0,
    segmentEndsAt: now + first.durationMs,
    remainingMs: first.durationMs,
    cuedThrough: now,
    startedAt: now,
    endedAt: null,
    skippedSteps: [],
  };
  return catchUp(state, now, [enterCue(state.timeline, 0, now)]);
}

/**
 * Starts a session again after the app was closed mid-routine: at the beginning of the step that
 * was playing (the person let go of the stretch), keeping the original start and skipped steps.
 */
export function restoreSession(
  timeline: Timeline,
  segmentIndex: number,
  skippedSteps: number[],
  startedAt: number,
  now: number,
): Transition {
  const stepIndex = segmentAt(timeline, segmentIndex).stepIndex;
  const firstSegment = stepAt(timeline, stepIndex).firstSegment;
  const started = startSession(timeline, now);
  const state = jumpTo(
    { ...started.state, startedAt },
    firstSegment,
    now,
    skippedSteps.filter((index) => index < stepIndex),
  );
  return { state, cues: [enterCue(timeline, firstSegment, now)], dropped: [] };
}

export function reduce(state: SessionState | null, event: SessionEvent, now: number): Transition {
  if (event.type === 'start') return startSession(event.timeline, now);
  if (!state) throw new Error(`"${event.type}" needs a started session`);
  if (state.status === 'done' || state.status === 'stopped') return unchanged(state);
  switch (event.type) {
    case 'tick':
      return state.status === 'running' ? catchUp(state, now) : unchanged(state);
    case 'pause':
      return pause(state, now);
    case 'resume':
      return resume(state, now);
    case 'skip':
      return skip(state, now);
    case 'back':
      return back(state, now);
    case 'stop':
      return { state: { ...state, status: 'stopped', endedAt: now }, cues: [], dropped: [] };
  }
}

function unchanged(state: SessionState): Transition {
  return { state, cues: [], dropped: [] };
}

/** Moves a running session forward to `now`, handing out every cue that fell due on the way. */
function catchUp(state: SessionState, now: number, initial: Cue[] = []): Transition {
  const due: Cue[] = [...initial];
  const { timeline } = state;
  let { segmentIndex, segmentEndsAt } = state;
  let status: SessionStatus = state.status;
  let endedAt = state.endedAt;
  const last = timeline.segments.length - 1;
  for (;;) {
    for (const cue of countdownCues(state, segmentIndex, segmentEndsAt)) {
      if (cue.scheduledAt > state.cuedThrough && cue.scheduledAt <= now) due.push(cue);
    }
    if (now < segmentEndsAt) break;
    if (segmentIndex >= last) {
      status = 'done';
      endedAt = segmentEndsAt;
      due.push({
        kind: 'done',
        scheduledAt: segmentEndsAt,
        segmentIndex,
        stepIndex: segmentAt(timeline, segmentIndex).stepIndex,
      });
      break;
    }
    const startsAt = segmentEndsAt;
    segmentIndex += 1;
    segmentEndsAt = startsAt + segmentAt(timeline, segmentIndex).durationMs;
    due.push(enterCue(timeline, segmentIndex, startsAt));
  }
  const next: SessionState = {
    ...state,
    status,
    endedAt,
    segmentIndex,
    segmentEndsAt,
    remainingMs: Math.max(0, segmentEndsAt - now),
    cuedThrough: now,
  };
  const newest = due.reduce<Cue | undefined>(
    (latest, cue) => (latest === undefined || cue.scheduledAt >= latest.scheduledAt ? cue : latest),
    undefined,
  );
  const cues = newest && now - newest.scheduledAt <= STALE_CUE_MS ? [newest] : [];
  const dropped = due.filter((cue) => !cues.includes(cue));
  return { state: next, cues, dropped };
}

function pause(state: SessionState, now: number): Transition {
  if (state.status !== 'running') return unchanged(state);
  const caught = catchUp(state, now);
  if (caught.state.status !== 'running') return caught;
  return { ...caught, state: { ...caught.state, status: 'paused' } };
}

function resume(state: SessionState, now: number): Transition {
  if (state.status !== 'paused') return unchanged(state);
  return {
    state: {
      ...state,
      status: 'running',
      segmentEndsAt: now + state.remainingMs,
      cuedThrough: now,
    },
    cues: [],
    dropped: [],
  };
}

/** Puts the session at the start of `segmentIndex`; announces it unless paused. */
function jumpTo(
  state: SessionState,
  segmentIndex: number,
  now: number,
  skippedSteps: number[],
): SessionState {
  const durationMs = segmentAt(state.timeline, segmentIndex).durationMs;
  return {
    ...state,
    segmentIndex,
    segmentEndsAt: now + durationMs,
    remainingMs: durationMs,
    cuedThrough: now,
    skippedSteps,
  };
}

/** Settles a running session to `now` first, so a skip or back acts on the step the person sees. */
function settle(state: SessionState, now: number): Transition {
  return state.status === 'running' ? catchUp(state, now) : unchanged(state);
}

function skip(state: SessionState, now: number): Transition {
  const settled = settle(state, now);
  const current = settled.state;
  if (current.status === 'done') return settled;
  const stepIndex = segmentAt(current.timeline, current.segmentIndex).stepIndex;
  const skippedSteps = [...new Set([...current.skippedSteps, stepIndex])].sort((a, b) => a - b);
  const nextStep = current.timeline.steps[stepIndex + 1];
  if (!nextStep) {
    const done: SessionState = {
      ...current,
      status: 'done',
      endedAt: now,
      remainingMs: 0,
      cuedThrough: now,
      skippedSteps,
    };
    const cue: Cue = {
      kind: 'done',
      scheduledAt: now,
      segmentIndex: current.segmentIndex,
      stepIndex,
    };
    return { state: done, cues: [...settled.cues, cue], dropped: settled.dropped };
  }
  const moved = jumpTo(current, nextStep.firstSegment, now, skippedSteps);
  const cues =
    moved.status === 'running' ? [enterCue(moved.timeline, moved.segmentIndex, now)] : [];
  return { state: moved, cues: [...settled.cues, ...cues], dropped: settled.dropped };
}

function back(state: SessionState, now: number): Transition {
  const settled = settle(state, now);
  const current = settled.state;
  if (current.status === 'done') return settled;
  const segment = segmentAt(current.timeline, current.segmentIndex);
  const step = stepAt(current.timeline, segment.stepIndex);
  const leftMs = current.status === 'running' ? current.segmentEndsAt - now : current.remainingMs;
  const intoStepMs =
    current.segmentIndex > step.firstSegment
      ? Number.POSITIVE_INFINITY
      : segment.durationMs - leftMs;
  const targetStep =
    intoStepMs > BACK_GRACE_MS ? segment.stepIndex : Math.max(0, segment.stepIndex - 1);
  const target = stepAt(current.timeline, targetStep);
  const skippedSteps = current.skippedSteps.filter((index) => index < targetStep);
  const moved = jumpTo(current, target.firstSegment, now, skippedSteps);
  const cues =
    moved.status === 'running' ? [enterCue(moved.timeline, moved.segmentIndex, now)] : [];
  return { state: moved, cues: [...settled.cues, ...cues], dropped: settled.dropped };
}
