import { type Signal, signal } from '@preact/signals';
import type { SavedProgress } from '../engine/progress';
import {
  type Cue,
  reduce,
  restoreSession,
  type SessionEvent,
  type SessionState,
  type Transition,
} from '../engine/session';
import type { Timeline } from '../engine/timeline';
import { nextWakeAt } from '../engine/view';
import type { Clock } from '../platform/clock';

export interface PlayerOutputs {
  /** Cues to sound, speak or vibrate now. */
  onCues(cues: Cue[], state: SessionState): void;
  /** Cues that fell due while the page slept; they are recorded, never sounded. */
  onDropped?(cues: Cue[]): void;
  /** The state moved to a new segment, paused, resumed, finished or stopped. */
  onChange(state: SessionState, previous: SessionState | null): void;
}

/**
 * Drives the pure engine with a clock: one timer, set for the next moment anything
 * changes. The displayed time is recomputed from deadlines on each wake.
 */
export class PlayerController {
  readonly session: Signal<SessionState | null>;
  /** The clock reading the screen should render with. */
  readonly now: Signal<number>;
  private cancelTimer: (() => void) | null = null;

  constructor(
    private readonly clock: Clock,
    private readonly outputs: PlayerOutputs,
    signals: { session?: Signal<SessionState | null>; now?: Signal<number> } = {},
  ) {
    this.session = signals.session ?? signal<SessionState | null>(null);
    this.now = signals.now ?? signal(0);
  }

  start(timeline: Timeline): void {
    this.dispatch({ type: 'start', timeline });
  }

  /** Picks up a session that was interrupted (tab killed, phone restarted). */
  restore(saved: SavedProgress): void {
    const now = this.clock.now();
    this.now.value = now;
    this.apply(
      restoreSession(saved.timeline, saved.segmentIndex, saved.skippedSteps, saved.startedAt, now),
    );
  }

  dispatch(event: SessionEvent): void {
    const now = this.clock.now();
    const transition = reduce(this.session.peek(), event, now);
    this.now.value = now;
    this.apply(transition);
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

  private apply({ state, cues, dropped }: Transition): void {
    const previous = this.session.peek();
    if (state !== previous) this.session.value = state;
    // Cues go out first: they are the time-critical part.
    if (dropped.length > 0) this.outputs.onDropped?.(dropped);
    if (cues.length > 0) this.outputs.onCues(cues, state);
    if (state !== previous && isMeaningfulChange(previous, state)) {
      this.outputs.onChange(state, previous);
    }
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
