import { describe, expect, it } from 'vitest';
import { asSavedProgress, isResumable, progressOf, RESUME_WINDOW_MS } from './progress';
import { reduce, startSession } from './session';
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
    expect(
      asSavedProgress({ ...saved, timeline: { ...timeline, segments: [{ stepIndex: 9 }] } }),
    ).toBeNull();
  });
});
