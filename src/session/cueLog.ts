import type { Cue } from '../engine/session';

/** Every cue handed to the outputs, with when it was due and when it actually went out. */
export interface LoggedCue {
  kind: Cue['kind'];
  stepIndex: number;
  count?: number;
  scheduledAt: number;
  playedAt: number;
}

declare global {
  interface Window {
    /** Read by the browser tests and the benchmark; cheap enough to keep in production. */
    __nightstretchCues?: LoggedCue[];
    /** Cues that fell due while the page slept and were dropped instead of played late. */
    __nightstretchDroppedCues?: Omit<LoggedCue, 'playedAt'>[];
  }
}

const MAX_LOGGED = 2000;

export function logCue(cue: Cue, playedAt: number): void {
  window.__nightstretchCues ??= [];
  const log = window.__nightstretchCues;
  log.push({
    kind: cue.kind,
    stepIndex: cue.stepIndex,
    ...(cue.count === undefined ? {} : { count: cue.count }),
    scheduledAt: cue.scheduledAt,
    playedAt,
  });
  if (log.length > MAX_LOGGED) log.splice(0, log.length - MAX_LOGGED);
}

export function logDroppedCue(cue: Cue): void {
  window.__nightstretchDroppedCues ??= [];
  const log = window.__nightstretchDroppedCues;
  log.push({
    kind: cue.kind,
    stepIndex: cue.stepIndex,
    ...(cue.count === undefined ? {} : { count: cue.count }),
    scheduledAt: cue.scheduledAt,
  });
  if (log.length > MAX_LOGGED) log.splice(0, log.length - MAX_LOGGED);
}
