import { signal } from '@preact/signals';
import type { SessionState } from '../engine/session';
import type { Timeline } from '../engine/timeline';

/** What the Player says after the person was away longer than a segment, and where to redo. */
export interface AwayNote {
  text: string;
  /** The stretch that was going when the page was hidden. */
  redoStepIndex: number;
  /** The segment the person came back to; the note goes when it ends. */
  segmentIndex: number;
}

export const awayNote = signal<AwayNote | null>(null);

interface HiddenAt {
  at: number;
  segmentIndex: number;
}

let hidden: HiddenAt | null = null;

function awayFor(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  return minutes >= 1
    ? new Intl.NumberFormat(undefined, { style: 'unit', unit: 'minute' }).format(minutes)
    : new Intl.NumberFormat(undefined, { style: 'unit', unit: 'second' }).format(
        Math.round(ms / 1000),
      );
}

/**
 * One line on what went by while the page was hidden ("You were away 1 min: left leg done, now
 * the right."), or null when nothing worth saying did.
 */
export function describeAbsence(
  timeline: Timeline,
  fromSegment: number,
  toSegment: number,
  awayMs: number,
): string | null {
  const before = timeline.segments[fromSegment];
  const after = timeline.segments[toSegment];
  if (!before || !after || toSegment <= fromSegment) return null;
  const was = timeline.steps[before.stepIndex];
  const now = timeline.steps[after.stepIndex];
  if (!was || !now) return null;
  const away = awayFor(awayMs);
  if (was === now) return `You were away ${away}: ${now.name} went on without you.`;
  if (was.illustration === now.illustration && was.side !== 'both' && now.side !== 'both') {
    return `You were away ${away}: ${was.side} leg done, now the ${now.side}.`;
  }
  return `You were away ${away}: ${was.name} done, now ${now.name}.`;
}

/** The page is being hidden while a routine plays. */
export function noteHidden(state: SessionState, now: number): void {
  hidden = state.status === 'running' ? { at: now, segmentIndex: state.segmentIndex } : null;
}

/**
 * The page is back. If it was hidden longer than the segment going then, the note is set and
 * true returned (the current cue should sound once, quietly).
 */
export function noteBack(state: SessionState | null, now: number): boolean {
  const was = hidden;
  hidden = null;
  if (!was || !state || state.status !== 'running') return false;
  const segment = state.timeline.segments[was.segmentIndex];
  const awayMs = now - was.at;
  if (!segment || awayMs <= segment.durationMs) return false;
  const text = describeAbsence(state.timeline, was.segmentIndex, state.segmentIndex, awayMs);
  if (!text) return false;
  const redoStepIndex = segment.stepIndex;
  awayNote.value = { text, redoStepIndex, segmentIndex: state.segmentIndex };
  return true;
}
