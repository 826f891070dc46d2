import type { Side } from '../engine/routine';
import type { Cue } from '../engine/session';
import type { Timeline } from '../engine/timeline';

function sidePhrase(side: Side): string {
  if (side === 'left') return 'left leg';
  if (side === 'right') return 'right leg';
  return 'both legs';
}

function seconds(count: number): string {
  return count === 1 ? '1 second' : `${count} seconds`;
}

/** Said once, as a routine starts: how every stretch should feel. */
export const GENTLE_REMINDER = 'Gently, never into pain.';
/** Cramp relief is help in the middle of a cramp, not a stretching session: no reminder there. */
const CRAMP_RELIEF_ID = 'cramp-relief';

/**
 * What the coach says for a cue, in short plain sentences, or null for cues that are tones only
 * (the last-seconds countdown).
 */
export function phraseFor(cue: Cue, timeline: Timeline): string | null {
  const step = timeline.steps[cue.stepIndex];
  const segment = timeline.segments[cue.segmentIndex];
  if (!step || !segment) return null;
  const stretch = `${step.name}, ${sidePhrase(step.side)}`;
  switch (cue.kind) {
    case 'get-ready':
      return timeline.routineId === CRAMP_RELIEF_ID
        ? `${timeline.routineName}. First, ${stretch}. Get ready.`
        : `${timeline.routineName}. ${GENTLE_REMINDER} First, ${stretch}. Get ready.`;
    case 'next-stretch':
      return `Next, ${stretch}. Get ready.`;
    case 'switch-side':
      return step.side === 'both'
        ? 'Change sides.'
        : `Switch to the ${sidePhrase(step.side)}. Get ready.`;
    case 'hold-start':
      return segment.repetition > 1
        ? `Again. Hold for ${seconds(step.holdSeconds)}.`
        : `${stretch}. Hold for ${seconds(step.holdSeconds)}.`;
    case 'rest': {
      const left = step.repetitions - segment.repetition + 1;
      return left === 1 ? 'Relax. One more to go.' : `Relax. ${left} more to go.`;
    }
    case 'countdown':
      return null;
    case 'done':
      return 'Well done. Sleep well.';
  }
}
