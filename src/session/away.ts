import { signal } from '@preact/signals';
import type { SessionState } from '../engine/session';
import type { Timeline } from '../engine/timeline';
import { formatTag, marked, t } from '../i18n/i18n';

/** What went by while the page was hidden: data, put into words where it shows (awayText). */
export type Absence = { awayMs: number } & (
  | { kind: 'same'; stretch: string }
  | { kind: 'side'; now: 'left' | 'right' }
  | { kind: 'next'; was: string; now: string }
);

/** What the Player says after the person was away longer than a segment, and where to redo. */
export interface AwayNote {
  absence: Absence;
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

/** "1 min", "25 sec": the browser's short unit in the app's language. */
function awayFor(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  const [value, unit] = minutes >= 1 ? [minutes, 'minute'] : [Math.round(ms / 1000), 'second'];
  return marked(new Intl.NumberFormat(formatTag(), { style: 'unit', unit }).format(value));
}

/**
 * What went by while the page was hidden (one leg done and now the other, the same stretch went
 * on, or the stretch changed), or null when nothing worth saying did.
 */
export function describeAbsence(
  timeline: Timeline,
  fromSegment: number,
  toSegment: number,
  awayMs: number,
): Absence | null {
  const before = timeline.segments[fromSegment];
  const after = timeline.segments[toSegment];
  if (!before || !after || toSegment <= fromSegment) return null;
  const was = timeline.steps[before.stepIndex];
  const now = timeline.steps[after.stepIndex];
  if (!was || !now) return null;
  if (was === now) return { kind: 'same', awayMs, stretch: now.name };
  if (
    was.illustration === now.illustration &&
    was.side !== 'both' &&
    now.side !== 'both' &&
    was.side !== now.side
  ) {
    return { kind: 'side', awayMs, now: now.side };
  }
  return { kind: 'next', awayMs, was: was.name, now: now.name };
}

/** The absence in one line of the app's language ("You were away 1 min: left leg done, now the right."). */
export function awayText(absence: Absence): string {
  const away = awayFor(absence.awayMs);
  switch (absence.kind) {
    case 'same':
      return t('session.awaySame', { away, stretch: absence.stretch });
    case 'side':
      return t('session.awaySide', { away, now: absence.now });
    case 'next':
      return t('session.awayNext', { away, was: absence.was, now: absence.now });
  }
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
  const absence = describeAbsence(state.timeline, was.segmentIndex, state.segmentIndex, awayMs);
  if (!absence) return false;
  const redoStepIndex = segment.stepIndex;
  awayNote.value = { absence, redoStepIndex, segmentIndex: state.segmentIndex };
  return true;
}
