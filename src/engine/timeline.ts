import type { Routine, Side, Step } from './routine';
import { modeOf, type RoutineMode } from './routineMode';

/**
 * A routine expanded into the segments a person lives through:
 * `ready` before a new stretch, `switch` between the two legs of the same stretch,
 * `hold` for each repetition and `rest` between repetitions.
 */
export type SegmentKind = 'ready' | 'switch' | 'hold' | 'rest';

export interface Segment {
  kind: SegmentKind;
  stepIndex: number;
  /** 1-based repetition this segment belongs to (the upcoming one for ready/switch/rest). */
  repetition: number;
  durationMs: number;
}

export interface TimelineStep {
  id: string;
  name: string;
  instruction: string;
  side: Side;
  holdSeconds: number;
  repetitions: number;
  illustration: string;
  /** Index of the step's first segment. */
  firstSegment: number;
}

export interface Timeline {
  routineId: string;
  routineName: string;
  /** Missing in sessions saved before modes existed: those are ordinary routines. */
  mode?: RoutineMode;
  steps: TimelineStep[];
  segments: Segment[];
  totalMs: number;
}

export interface TimelineOptions {
  readySeconds: number;
  restSeconds: number;
  switchSeconds: number;
}

export const DEFAULT_TIMELINE_OPTIONS: TimelineOptions = {
  readySeconds: 8,
  restSeconds: 5,
  switchSeconds: 6,
};

/** True when `step` is the other leg of the stretch just done, so only a side switch is needed. */
export function isSideSwitch(
  previous: Pick<Step, 'illustration' | 'side'> | undefined,
  step: Pick<Step, 'illustration' | 'side'>,
): boolean {
  return (
    previous !== undefined &&
    previous.illustration === step.illustration &&
    previous.side !== 'both' &&
    step.side !== 'both' &&
    previous.side !== step.side
  );
}

export function buildTimeline(
  routine: Routine,
  options: TimelineOptions = DEFAULT_TIMELINE_OPTIONS,
): Timeline {
  const mode = modeOf(routine);
  if (mode === 'relief') return reliefTimeline(routine);
  const segments: Segment[] = [];
  const steps: TimelineStep[] = [];
  routine.steps.forEach((step, stepIndex) => {
    const previous = routine.steps[stepIndex - 1];
    steps.push({ ...step, firstSegment: segments.length });
    const switching = isSideSwitch(previous, step);
    segments.push({
      kind: switching ? 'switch' : 'ready',
      stepIndex,
      repetition: 1,
      durationMs: (switching ? options.switchSeconds : options.readySeconds) * 1000,
    });
    for (let repetition = 1; repetition <= step.repetitions; repetition++) {
      // A rest of zero seconds is no rest at all: the next hold follows at once.
      if (repetition > 1 && options.restSeconds > 0) {
        segments.push({
          kind: 'rest',
          stepIndex,
          repetition,
          durationMs: options.restSeconds * 1000,
        });
      }
      segments.push({ kind: 'hold', stepIndex, repetition, durationMs: step.holdSeconds * 1000 });
    }
  });
  const totalMs = segments.reduce((sum, segment) => sum + segment.durationMs, 0);
  return { routineId: routine.id, routineName: routine.name, mode, steps, segments, totalMs };
}

/**
 * Cramp relief: no get-ready pause and no rests, so the first instruction comes at once and a
 * knotted muscle is never told to relax; each step is one hold the person ends when it eases,
 * or that runs to the step's `holdSeconds`, a generous limit.
 */
function reliefTimeline(routine: Routine): Timeline {
  const steps: TimelineStep[] = routine.steps.map((step, stepIndex) => ({
    ...step,
    repetitions: 1,
    firstSegment: stepIndex,
  }));
  const segments: Segment[] = routine.steps.map((step, stepIndex) => ({
    kind: 'hold',
    stepIndex,
    repetition: 1,
    durationMs: step.holdSeconds * 1000,
  }));
  const totalMs = segments.reduce((sum, segment) => sum + segment.durationMs, 0);
  return {
    routineId: routine.id,
    routineName: routine.name,
    mode: 'relief',
    steps,
    segments,
    totalMs,
  };
}

export const isRelief = (timeline: Pick<Timeline, 'mode'>): boolean => timeline.mode === 'relief';

/** Whole minutes a routine takes, rounded to the nearest minute and at least one. */
export function routineMinutes(timeline: Timeline): number {
  return Math.max(1, Math.round(timeline.totalMs / 60_000));
}
