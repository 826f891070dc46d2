import { firstStepNotHeld } from './holds';
import { jumpTo, startSession } from './session';
import { enterCue, segmentAt, stepAt } from './sessionCues';
import type { SessionState, Transition } from './sessionTypes';
import type { Timeline } from './timeline';

// Playing a session again from a step: after the app was killed, or to carry on a partial one.

/**
 * Starts a session again after the app was closed mid-routine: at the beginning of the step that
 * was playing (the person let go of the stretch), keeping the original start and skipped steps.
 * `deadMs` is how long the app lay closed in all, so it never counts as time spent.
 */
export function restoreSession(
  timeline: Timeline,
  segmentIndex: number,
  skippedSteps: number[],
  startedAt: number,
  now: number,
  heldSegments: number[] = [],
  deadMs = 0,
): Transition {
  const stepIndex = segmentAt(timeline, segmentIndex).stepIndex;
  return startAtStep(timeline, stepIndex, skippedSteps, heldSegments, startedAt, now, deadMs);
}

/**
 * After a routine ended without counting: the same session again from the first stretch not held
 * in full, keeping what was held, so finishing it now makes the night count.
 */
export function carryOn(state: SessionState, now: number): Transition {
  return startAtStep(
    state.timeline,
    firstStepNotHeld(state.timeline, state.heldSegments) ?? 0,
    state.skippedSteps,
    state.heldSegments,
    state.startedAt,
    now,
    // The time spent on Done before carrying on is not time spent stretching.
    state.deadMs + Math.max(0, now - (state.endedAt ?? now)),
  );
}

function startAtStep(
  timeline: Timeline,
  stepIndex: number,
  skippedSteps: number[],
  heldSegments: number[],
  startedAt: number,
  now: number,
  deadMs: number,
): Transition {
  const firstSegment = stepAt(timeline, stepIndex).firstSegment;
  const started = startSession(timeline, now);
  const state = jumpTo(
    { ...started.state, startedAt, deadMs, heldSegments: [...heldSegments] },
    firstSegment,
    now,
    skippedSteps.filter((index) => index < stepIndex),
  );
  return { state, cues: [enterCue(timeline, firstSegment, now)], dropped: [] };
}
