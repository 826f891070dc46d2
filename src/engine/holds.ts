import type { Timeline } from './timeline';

// Which holds of a timeline belong to which step, and which steps were held in full.

/** The first step with a hold not held to its end, or null when every hold was held. */
export function firstStepNotHeld(
  timeline: Timeline,
  heldSegments: readonly number[],
): number | null {
  const held = new Set(heldSegments);
  const index = timeline.steps.findIndex((_, stepIndex) =>
    holdSegmentsOf(timeline, stepIndex).some((segment) => !held.has(segment)),
  );
  return index === -1 ? null : index;
}

/** Indexes of a step's hold segments. */
export function holdSegmentsOf(timeline: Timeline, stepIndex: number): number[] {
  const found: number[] = [];
  timeline.segments.forEach((segment, index) => {
    if (segment.kind === 'hold' && segment.stepIndex === stepIndex) found.push(index);
  });
  return found;
}
