import { DEFAULT_CUTOFF_HOUR, nightKeyFor } from './night';
import { type SessionState, timeSpentMs } from './session';

/** One finished routine. `night` is fixed when written and never recomputed. */
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
}

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
  return {
    id: `${timeline.routineId}@${state.startedAt}`,
    routineId: timeline.routineId,
    routineName: timeline.routineName,
    startedAt: state.startedAt,
    completedAt: state.endedAt,
    utcOffsetMinutes,
    night: nightKeyFor(state.endedAt, utcOffsetMinutes, cutoffHour),
    stepsDone: timeline.steps.filter((_, index) => !skipped.has(index)).map((step) => step.id),
    stepsSkipped: timeline.steps.filter((_, index) => skipped.has(index)).map((step) => step.id),
    durationMs: timeSpentMs(state),
  };
}
