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
