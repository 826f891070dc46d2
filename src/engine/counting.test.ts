import { describe, expect, it } from 'vitest';
import { completionFrom } from './completion';
import { tallyHolds, tallySession } from './counting';
import { applyPreferences } from './preferences';
import { progressOf } from './progress';
import { checkRoutine } from './routine';
import { reduce, type SessionEvent, type SessionState, startSession } from './session';
import { carryOn, restoreSession } from './sessionRestart';
import { reliefRoutine, twoStretches } from './testRoutines';
import { buildTimeline } from './timeline';

// twoStretches: calf left 2 x 30 s, calf right 2 x 30 s, ankles 1 x 20 s = 140 s of holds.
const timeline = buildTimeline(twoStretches, { readySeconds: 8, restSeconds: 5, switchSeconds: 6 });
const T0 = 1_700_000_000_000;

/** Plays the routine, sending `events` at the given seconds after the start, then runs it out. */
function play(events: [number, SessionEvent][], until = 10_000): SessionState {
  let state = startSession(timeline, T0).state;
  for (const [seconds, event] of events) state = reduce(state, event, T0 + seconds * 1000).state;
  return reduce(state, { type: 'tick' }, T0 + until * 1000).state;
}

const holdsOf = (stepIndex: number) =>
  timeline.segments.flatMap((segment, index) =>
    segment.kind === 'hold' && segment.stepIndex === stepIndex ? [index] : [],
  );

describe('what counts as a night', () => {
  it('counts a routine held in full', () => {
    const state = play([]);
    expect(state.status).toBe('done');
    expect(tallySession(state)).toEqual({
      heldMs: 140_000,
      plannedMs: 140_000,
      stretchesHeld: 3,
      stretchCount: 3,
      counts: true,
    });
    expect(completionFrom(state, 0)).toMatchObject({ counted: true, heldSeconds: 140 });
  });

  it('counts exactly half of the planned hold time', () => {
    // 70 s of 140 s: the left calf's two holds (60 s) are not enough; add the ankles (20 s).
    expect(tallyHolds(timeline, [...holdsOf(0), ...holdsOf(2)]).counts).toBe(true);
    const half = buildTimeline({
      ...twoStretches,
      steps: twoStretches.steps.slice(0, 2),
    });
    const leftOnly = half.segments.flatMap((s, i) =>
      s.kind === 'hold' && s.stepIndex === 0 ? [i] : [],
    );
    expect(tallyHolds(half, leftOnly)).toMatchObject({
      heldMs: 60_000,
      plannedMs: 120_000,
      counts: true,
    });
  });

  it('does not count just under half', () => {
    // The left calf in full (60 s) and the first right hold (30 s) cut short by a skip.
    const state = play([
      [8 + 30 + 5 + 30 + 6 + 20, { type: 'skip' }],
      [100, { type: 'skip' }],
    ]);
    const tally = tallySession(state);
    expect(tally.heldMs).toBe(60_000);
    expect(tally.heldMs).toBeLessThan(70_000);
    expect(tally.counts).toBe(false);
    expect(tally.stretchesHeld).toBe(1);
    expect(completionFrom(state, 0)).toMatchObject({ counted: false, heldSeconds: 60 });
    expect(completionFrom(state, 0)).not.toHaveProperty('countedNight');
  });

  it('does not count a routine skipped straight to the end', () => {
    const state = play([
      [1, { type: 'skip' }],
      [2, { type: 'skip' }],
      [3, { type: 'skip' }],
    ]);
    expect(state.status).toBe('done');
    expect(tallySession(state)).toMatchObject({ heldMs: 0, stretchesHeld: 0, counts: false });
  });

  it('does not count a hold cut short, even a second before its end', () => {
    const state = play([
      [8 + 29, { type: 'skip' }],
      [38, { type: 'skip' }],
      [39, { type: 'skip' }],
    ]);
    expect(tallySession(state).heldMs).toBe(0);
  });

  it('keeps what was held when the app was killed and the routine resumed', () => {
    // Killed during the right calf's first hold, after the left calf was held in full.
    const killedAt = T0 + (8 + 30 + 5 + 30 + 6 + 10) * 1000;
    const before = reduce(startSession(timeline, T0).state, { type: 'tick' }, killedAt).state;
    const saved = progressOf(before, killedAt);
    if (!saved) throw new Error('nothing saved');
    const restored = restoreSession(
      saved.timeline,
      saved.segmentIndex,
      saved.skippedSteps,
      saved.startedAt,
      killedAt + 60_000,
      saved.heldSegments,
    ).state;
    expect(restored.heldSegments).toEqual(holdsOf(0));
    const finished = reduce(restored, { type: 'tick' }, killedAt + 3_600_000).state;
    expect(finished.status).toBe('done');
    expect(tallySession(finished)).toMatchObject({ heldMs: 140_000, counts: true });
  });

  it('does not count a hold twice when the person goes back and holds it again', () => {
    const state = play([[8 + 30 + 5 + 30 + 6 + 1, { type: 'back' }]]);
    expect(tallySession(state).heldMs).toBe(140_000);
  });

  it('carries on from the first stretch not held, and then counts', () => {
    const skipped = play([
      [8 + 30 + 5 + 30 + 1, { type: 'skip' }],
      [100, { type: 'skip' }],
    ]);
    expect(tallySession(skipped)).toMatchObject({ stretchesHeld: 1, counts: false });
    const resumed = carryOn(skipped, T0 + 200_000);
    expect(resumed.state.status).toBe('running');
    expect(resumed.state.startedAt).toBe(T0);
    expect(resumed.state.segmentIndex).toBe(timeline.steps[1]?.firstSegment);
    expect(resumed.state.skippedSteps).toEqual([]);
    const finished = reduce(resumed.state, { type: 'tick' }, T0 + 3_600_000).state;
    expect(tallySession(finished).counts).toBe(true);
    expect(completionFrom(finished, 0).id).toBe(completionFrom(skipped, 0).id);
  });
});

describe('cramp relief', () => {
  const relief = buildTimeline(reliefRoutine);

  it('opens on the first hold, one long hold per step, with no rests and no countdown', () => {
    expect(relief.segments.map((segment) => segment.kind)).toEqual(['hold', 'hold']);
    const started = startSession(relief, T0);
    expect(started.cues.map((cue) => cue.kind)).toEqual(['hold-start']);
    const atLimit = reduce(started.state, { type: 'tick' }, T0 + 120_000);
    expect(atLimit.state.segmentIndex).toBe(1);
    expect(atLimit.cues.map((cue) => cue.kind)).toEqual(['hold-start']);
    const beforeLimit = reduce(started.state, { type: 'tick' }, T0 + 119_000);
    expect(beforeLimit.cues).toEqual([]);
  });

  it('is never reshaped by the hold and repetition settings', () => {
    const preferences = { holdSeconds: 15, repetitions: 3, firstSide: 'right' } as const;
    expect(applyPreferences(reliefRoutine, preferences)).toBe(reliefRoutine);
  });

  it('refuses a relief routine file with repeated holds or a fixed leg', () => {
    const step = reliefRoutine.steps[0];
    if (!step) throw new Error('no step');
    expect(checkRoutine({ ...reliefRoutine, steps: [{ ...step, repetitions: 2 }] }).ok).toBe(false);
    expect(checkRoutine({ ...reliefRoutine, steps: [{ ...step, side: 'left' }] }).ok).toBe(false);
    expect(checkRoutine({ ...reliefRoutine, mode: 'rescue' })).toMatchObject({
      ok: false,
      field: 'mode',
    });
    expect(checkRoutine(reliefRoutine).ok).toBe(true);
  });

  it('never counts, even held to every limit', () => {
    const state = reduce(startSession(relief, T0).state, { type: 'tick' }, T0 + 3_600_000).state;
    expect(state.status).toBe('done');
    expect(state.eased).toBe(false);
    const tally = tallySession(state);
    expect(tally.heldMs).toBe(tally.plannedMs);
    expect(tally.counts).toBe(false);
    expect(completionFrom(state, 0)).toMatchObject({ counted: false });
  });

  it('never counts when the cramp eased', () => {
    const state = reduce(startSession(relief, T0).state, { type: 'eased' }, T0 + 40_000).state;
    expect(state).toMatchObject({ status: 'done', eased: true, endedAt: T0 + 40_000 });
    expect(completionFrom(state, 0).counted).toBe(false);
  });
});
