import type { Completion } from './completionRecord';
import { tallySession } from './counting';
import { DEFAULT_CUTOFF_HOUR, nightKeyFor } from './night';
import { type SessionState, timeSpentMs } from './session';
import { isRelief } from './timeline';

export type { Completion } from './completionRecord';

/** The record a finished session leaves behind; its night is fixed here, once. */
export function completionFrom(
  state: SessionState,
  utcOffsetMinutes: number,
  cutoffHour: number = DEFAULT_CUTOFF_HOUR,
): Completion {
  if (state.status !== 'done' || state.endedAt === null) {
    throw new Error('only a finished session makes a completion');
  }
  const { timeline, skippedSteps } = state;
  const skipped = new Set(skippedSteps);
  const tally = tallySession(state);
  const night = nightKeyFor(state.endedAt, utcOffsetMinutes, cutoffHour);
  return {
    id: `${timeline.routineId}@${state.startedAt}`,
    routineId: timeline.routineId,
    routineName: timeline.routineName,
    startedAt: state.startedAt,
    completedAt: state.endedAt,
    utcOffsetMinutes,
    night,
    stepsDone: timeline.steps.filter((_, index) => !skipped.has(index)).map((step) => step.id),
    stepsSkipped: timeline.steps.filter((_, index) => skipped.has(index)).map((step) => step.id),
    durationMs: timeSpentMs(state),
    counted: tally.counts,
    heldSeconds: Math.round(tally.heldMs / 1000),
    ...(tally.counts ? { countedNight: night } : {}),
    ...(isRelief(timeline) ? { mode: 'relief' as const } : {}),
  };
}
