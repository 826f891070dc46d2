import { describe, expect, it } from 'vitest';
import type { Cue } from '../engine/session';
import { twoStretches } from '../engine/testRoutines';
import { buildTimeline } from '../engine/timeline';
import type { Clock } from '../platform/clock';
import { PlayerController } from './player';

/** A clock whose timers fire only when the test moves time, like a sleeping or punctual tab. */
class TestClock implements Clock {
  private timers: { at: number; callback: () => void; id: number }[] = [];
  private nextId = 0;
  constructor(public time: number) {}
  now = () => this.time;
  at(atMs: number, callback: () => void) {
    const id = this.nextId++;
    this.timers.push({ at: atMs, callback, id });
    return () => {
      this.timers = this.timers.filter((timer) => timer.id !== id);
    };
  }
  get pending(): number {
    return this.timers.length;
  }
  /** Runs every timer due up to `until`, each at its own time. */
  runUntil(until: number): void {
    for (;;) {
      const next = [...this.timers].sort((a, b) => a.at - b.at)[0];
      if (!next || next.at > until) break;
      this.timers = this.timers.filter((timer) => timer !== next);
      this.time = Math.max(this.time, next.at);
      next.callback();
    }
    this.time = until;
  }
  /** Jumps ahead, firing due timers once at the new time (a tab that slept). */
  jump(by: number): void {
    this.time += by;
    const due = this.timers.filter((timer) => timer.at <= this.time);
    this.timers = this.timers.filter((timer) => timer.at > this.time);
    for (const timer of due) timer.callback();
  }
}

const T0 = 1_700_000_000_000;
const timeline = buildTimeline(twoStretches);

function setup() {
  const clock = new TestClock(T0);
  const played: { cue: Cue; at: number }[] = [];
  const dropped: Cue[] = [];
  const controller = new PlayerController(clock, {
    onCues: (cues) => {
      for (const cue of cues) played.push({ cue, at: clock.now() });
    },
    onDropped: (cues) => dropped.push(...cues),
    onChange: () => {},
  });
  return { clock, played, dropped, controller };
}

describe('PlayerController', () => {
  it('plays a routine with every cue on time and never more than one timer', () => {
    const { clock, played, controller } = setup();
    controller.start(timeline);
    for (let t = T0; t <= T0 + timeline.totalMs + 1000; t += 250) {
      clock.runUntil(t);
      expect(clock.pending).toBeLessThanOrEqual(1);
    }
    expect(controller.session.value?.status).toBe('done');
    expect(played.length).toBe(26);
    for (const { cue, at } of played) expect(at).toBe(cue.scheduledAt);
    expect(clock.pending).toBe(0);
  });

  it('after a long sleep it lands on the right step and reports missed cues as dropped', () => {
    const { clock, played, dropped, controller } = setup();
    controller.start(timeline);
    clock.jump(90_000);
    const state = controller.session.value;
    expect(state?.segmentIndex).toBe(5);
    expect(played.map(({ cue }) => cue.kind)).toEqual(['get-ready']);
    expect(dropped.map((cue) => cue.kind)).toContain('switch-side');
  });

  it('holds no timer while paused', () => {
    const { clock, controller } = setup();
    controller.start(timeline);
    controller.dispatch({ type: 'pause' });
    expect(clock.pending).toBe(0);
    controller.dispatch({ type: 'resume' });
    expect(clock.pending).toBe(1);
  });

  it('restores saved progress and keeps going', () => {
    const { clock, played, controller } = setup();
    controller.restore({
      version: 1,
      timeline,
      segmentIndex: 3,
      skippedSteps: [],
      startedAt: T0 - 60_000,
      savedAt: T0 - 5_000,
    });
    expect(controller.session.value?.segmentIndex).toBe(0);
    expect(played.map(({ cue }) => cue.kind)).toEqual(['get-ready']);
    clock.runUntil(T0 + timeline.totalMs);
    expect(controller.session.value?.status).toBe('done');
    expect(controller.session.value?.startedAt).toBe(T0 - 60_000);
  });
});
