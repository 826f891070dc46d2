import type { Side } from '../engine/routine';
import type { Cue } from '../engine/session';
import { isRelief, type Timeline } from '../engine/timeline';

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

/**
 * What the coach says for a cue, in short plain sentences, or null for cues that are tones only
 * (the last-seconds countdown).
 */
export function phraseFor(cue: Cue, timeline: Timeline): string | null {
  const step = timeline.steps[cue.stepIndex];
  const segment = timeline.segments[cue.segmentIndex];
  if (!step || !segment) return null;
  if (isRelief(timeline)) return reliefPhrase(cue, step);
  const stretch = `${step.name}, ${sidePhrase(step.side)}`;
  switch (cue.kind) {
    case 'get-ready':
      // Cramp relief (help mid-cramp, not a stretching session) never gets here: no reminder there.
      return `${timeline.routineName}. ${GENTLE_REMINDER} First, ${stretch}. Get ready.`;
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

/**
 * Cramp relief says each step's whole instruction at once (it is written for "the cramping leg",
 * so it never says "both legs"), and never counts down.
 */
function reliefPhrase(cue: Cue, step: Timeline['steps'][number]): string | null {
  switch (cue.kind) {
    case 'hold-start':
      return cue.stepIndex === 0
        ? `${step.name}. ${step.instruction}`
        : `Still tight? Try this. ${step.name}. ${step.instruction}`;
    case 'done':
      return 'Rest now. If it has not eased, the screen says when to see a doctor.';
    default:
      return null;
  }
}
