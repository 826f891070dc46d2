import { signal } from '@preact/signals';
import { type Cue, reduce, type SessionEvent, type SessionState } from '../engine/session';
import type { Timeline } from '../engine/timeline';
import { nextWakeAt } from '../engine/view';
import type { Clock } from '../platform/clock';

export interface PlayerOutputs {
  /** Cues to sound, speak or vibrate now. */
  onCues(cues: Cue[], state: SessionState): void;
  /** The state moved to a new segment, paused, resumed, finished or stopped. */
  onChange(state: SessionState, previous: SessionState | null): void;
}

/**
 * Drives the pure engine with a clock: one timer, set for the next moment anything
 * changes. The displayed time is recomputed from deadlines on each wake.
 */
export class PlayerController {
  readonly session = signal<SessionState | null>(null);
  /** The clock reading the screen should render with. */
  readonly now = signal(0);
  private cancelTimer: (() => void) | null = null;

  constructor(
    private readonly clock: Clock,
    private readonly outputs: PlayerOutputs,
  ) {}

  start(timeline: Timeline): void {
    this.dispatch({ type: 'start', timeline });
  }

  /** Takes over a saved state (for resuming an interrupted session). */
  adopt(state: SessionState): void {
    this.apply(state, []);
  }

  dispatch(event: SessionEvent): void {
    const now = this.clock.now();
    const { state, cues } = reduce(this.session.peek(), event, now);
    this.now.value = now;
    this.apply(state, cues);
  }

  /** Re-reads the clock at once (the page became visible again). */
  wake(): void {
    if (this.session.peek()?.status === 'running') this.dispatch({ type: 'tick' });
  }

  /** Forgets the finished or stopped session. */
  clear(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
    this.session.value = null;
  }

  private apply(state: SessionState, cues: Cue[]): void {
    const previous = this.session.peek();
    if (state !== previous) {
      this.session.value = state;
      if (isMeaningfulChange(previous, state)) this.outputs.onChange(state, previous);
    }
    if (cues.length > 0) this.outputs.onCues(cues, state);
    this.schedule(state);
  }

  private schedule(state: SessionState): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
    const wakeAt = nextWakeAt(state, this.clock.now());
    if (wakeAt === null) return;
    this.cancelTimer = this.clock.at(wakeAt, () => this.dispatch({ type: 'tick' }));
  }
}

function isMeaningfulChange(previous: SessionState | null, next: SessionState): boolean {
  return (
    previous === null ||
    previous.status !== next.status ||
    previous.segmentIndex !== next.segmentIndex ||
    previous.timeline !== next.timeline
  );
}
