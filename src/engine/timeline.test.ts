import { describe, expect, it } from 'vitest';
import { twoStretches } from './testRoutines';
import { buildTimeline, DEFAULT_TIMELINE_OPTIONS } from './timeline';

describe('buildTimeline', () => {
  const timeline = buildTimeline(twoStretches, {
    readySeconds: 8,
    restSeconds: 5,
    switchSeconds: 6,
  });

  it('expands steps into ready, hold, rest and switch segments', () => {
    expect(timeline.segments.map((s) => `${s.kind}:${s.stepIndex}.${s.repetition}`)).toEqual([
      'ready:0.1',
      'hold:0.1',
      'rest:0.2',
      'hold:0.2',
      'switch:1.1',
      'hold:1.1',
      'rest:1.2',
      'hold:1.2',
      'ready:2.1',
      'hold:2.1',
    ]);
  });

  it('adds up the total duration', () => {
    expect(timeline.totalMs).toBe((8 + 30 + 5 + 30 + 6 + 30 + 5 + 30 + 8 + 20) * 1000);
  });

  it('records where each step starts', () => {
    expect(timeline.steps.map((step) => step.firstSegment)).toEqual([0, 4, 8]);
  });

  it('uses the defaults when no options are given', () => {
    const defaults = buildTimeline(twoStretches);
    expect(defaults.segments[0]?.durationMs).toBe(DEFAULT_TIMELINE_OPTIONS.readySeconds * 1000);
  });
});
