import type { Timeline } from '../engine/timeline';

function sideWords(side: 'left' | 'right' | 'both'): string {
  return side === 'both' ? 'both legs' : `${side} leg`;
}

/** A short line saying what follows the current segment, so nothing comes as a surprise. */
export function upNextText(timeline: Timeline, segmentIndex: number): string {
  const next = timeline.segments[segmentIndex + 1];
  if (!next) return 'Last one, then you are done.';
  const step = timeline.steps[next.stepIndex];
  if (!step) return '';
  switch (next.kind) {
    case 'ready':
      return `Next: ${step.name}, ${sideWords(step.side)}`;
    case 'switch':
      return `Next: switch to the ${sideWords(step.side)}`;
    case 'rest':
      return `Next: a short rest, then hold ${next.repetition} of ${step.repetitions}`;
    case 'hold':
      return `Next: hold for ${step.holdSeconds} seconds`;
  }
}
