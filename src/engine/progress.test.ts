import { describe, expect, it } from 'vitest';
import { completionFrom } from './completion';
import {
  asSavedProgress,
  isResumable,
  progressOf,
  RESUME_WINDOW_MS,
  resumeSaved,
} from './progress';
import { reduce, type SessionState, startSession, timeSpentMs } from './session';
import { twoStretches } from './testRoutines';
import { buildTimeline } from './timeline';

const timeline = buildTimeline(twoStretches);
const T0 = 1_700_000_000_000;

describe('saved progress', () => {
  it('keeps where a running or paused session is', () => {
    const { state } = startSession(timeline, T0);
    const saved = progressOf(reduce(state, { type: 'skip' }, T0 + 1000).state, T0 + 1000);
    expect(saved).toMatchObject({
      version: 1,
      segmentIndex: 4,
      skippedSteps: [0],
      savedAt: T0 + 1000,
    });
    const paused = reduce(state, { type: 'pause' }, T0 + 2000).state;
    expect(progressOf(paused, T0 + 2000)?.segmentIndex).toBe(0);
  });

  it('has nothing to keep once a session is over', () => {
    const { state } = startSession(timeline, T0);
    expect(progressOf(reduce(state, { type: 'stop' }, T0 + 1).state, T0 + 1)).toBeNull();
    expect(progressOf(reduce(state, { type: 'tick' }, T0 + 3_600_000).state, T0)).toBeNull();
  });

  it('is offered for 30 minutes after the last save', () => {
    const saved = progressOf(startSession(timeline, T0).state, T0);
    if (!saved) throw new Error('expected progress');
    expect(isResumable(saved, T0 + RESUME_WINDOW_MS)).toBe(true);
    expect(isResumable(saved, T0 + RESUME_WINDOW_MS + 1)).toBe(false);
    expect(isResumable(saved, T0 - 3_600_000)).toBe(false);
  });

  it('survives a structured clone and rejects damaged records', () => {
    const saved = progressOf(startSession(timeline, T0).state, T0);
    expect(asSavedProgress(structuredClone(saved))).toEqual(saved);
    expect(asSavedProgress(null)).toBeNull();
    expect(asSavedProgress({ ...saved, version: 2 })).toBeNull();
    expect(asSavedProgress({ ...saved, segmentIndex: 99 })).toBeNull();
    expect(asSavedProgress({ ...saved, skippedSteps: ['x'] })).toBeNull();
    expect(asSavedProgress({ ...saved, deadMs: -5 })).toBeNull();
    expect(asSavedProgress({ ...saved, deadMs: undefined })).not.toBeNull();
    expect(
      asSavedProgress({ ...saved, timeline: { ...timeline, segments: [{ stepIndex: 9 }] } }),
    ).toBeNull();
  });
});

/** Ticks a running session through to its end, as a punctual timer would. */
function finish(state: SessionState, from: number): SessionState {
  let current = state;
  for (let now = from; current.status === 'running'; now += 250) {
    current = reduce(current, { type: 'tick' }, now).state;
  }
  return current;
}

describe('time spent across a resume', () => {
  it('leaves out the time the app lay closed, in the duration History counts', () => {
    const { state } = startSession(timeline, T0);
    const running = reduce(state, { type: 'tick' }, T0 + 20_000).state;
    const saved = progressOf(running, T0 + 20_000);
    if (!saved) throw new Error('expected progress');
    // Killed, and opened again 10 minutes later.
    const resumedAt = T0 + 20_000 + 10 * 60_000;
    const resumed = resumeSaved(structuredClone(saved), resumedAt).state;
    expect(resumed.startedAt).toBe(T0);
    const done = finish(resumed, resumedAt);
    expect(done.status).toBe('done');
    const spent = 20_000 + ((done.endedAt ?? 0) - resumedAt);
    expect(timeSpentMs(done)).toBe(spent);
    expect(completionFrom(done, 0).durationMs).toBe(spent);
    expect(spent).toBeLessThan((done.endedAt ?? 0) - T0 - 9 * 60_000);
  });

  it('adds up every closed stretch when a routine is resumed twice', () => {
    const { state } = startSession(timeline, T0);
    const first = progressOf(state, T0 + 5_000);
    if (!first) throw new Error('expected progress');
    const again = resumeSaved(first, T0 + 65_000).state; // closed for 60 s
    const second = progressOf(again, T0 + 70_000);
    if (!second) throw new Error('expected progress');
    expect(second.deadMs).toBe(60_000);
    const last = resumeSaved(second, T0 + 190_000).state; // closed for 120 s more
    expect(last.deadMs).toBe(180_000);
    const done = finish(last, T0 + 190_000);
    expect(timeSpentMs(done)).toBe((done.endedAt ?? 0) - T0 - 180_000);
  });

  it('an older save without the field counts no closed time before it', () => {
    const saved = progressOf(startSession(timeline, T0).state, T0 + 1_000);
    if (!saved) throw new Error('expected progress');
    const { deadMs: _ignored, ...older } = saved;
    expect(resumeSaved(older as typeof saved, T0 + 31_000).state.deadMs).toBe(30_000);
  });
});
