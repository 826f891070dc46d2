import { describe, expect, it } from 'vitest';
import { type Cue, reduce, type SessionState, STALE_CUE_MS, startSession } from './session';
import { restoreSession } from './sessionRestart';
import { twoStretches } from './testRoutines';
import { buildTimeline } from './timeline';
import { nextWakeAt, viewSession } from './view';

const timeline = buildTimeline(twoStretches, { readySeconds: 8, restSeconds: 5, switchSeconds: 6 });
const T0 = 1_700_000_000_000;
const at = (seconds: number) => T0 + seconds * 1000;
const kinds = (cues: Cue[]) =>
  cues.map((cue) => (cue.count ? `${cue.kind}${cue.count}` : cue.kind));

/** Ticks exactly at each wake time, like a perfectly punctual timer, collecting cues. */
function runUntil(state: SessionState, endMs: number): { state: SessionState; cues: Cue[] } {
  const cues: Cue[] = [];
  let current = state;
  for (;;) {
    const wake = nextWakeAt(current, current.cuedThrough);
    if (wake === null || wake > endMs) break;
    const result = reduce(current, { type: 'tick' }, wake);
    cues.push(...result.cues);
    current = result.state;
  }
  return { state: current, cues };
}

describe('session engine', () => {
  it('starts on the first segment and announces it', () => {
    const { state, cues } = startSession(timeline, T0);
    expect(state.status).toBe('running');
    expect(state.segmentEndsAt).toBe(at(8));
    expect(kinds(cues)).toEqual(['get-ready']);
    expect(viewSession(state, T0).secondsLeft).toBe(8);
  });

  it('the start event does the same as startSession', () => {
    expect(reduce(null, { type: 'start', timeline }, T0).state).toEqual(
      startSession(timeline, T0).state,
    );
  });

  it('refuses events other than start without a session', () => {
    expect(() => reduce(null, { type: 'tick' }, T0)).toThrow();
  });

  it('plays the whole timeline with every cue exactly on time', () => {
    const started = startSession(timeline, T0);
    const { state, cues } = runUntil(started.state, at(1000));
    expect(state.status).toBe('done');
    expect(state.endedAt).toBe(T0 + timeline.totalMs);
    expect(kinds([...started.cues, ...cues])).toEqual([
      'get-ready',
      'hold-start',
      'countdown3',
      'countdown2',
      'countdown1',
      'rest',
      'hold-start',
      'countdown3',
      'countdown2',
      'countdown1',
      'switch-side',
      'hold-start',
      'countdown3',
      'countdown2',
      'countdown1',
      'rest',
      'hold-start',
      'countdown3',
      'countdown2',
      'countdown1',
      'next-stretch',
      'hold-start',
      'countdown3',
      'countdown2',
      'countdown1',
      'done',
    ]);
    for (const cue of cues) expect(cue.scheduledAt % 1000).toBe(T0 % 1000);
  });

  it('counts down from absolute deadlines, not ticks', () => {
    const { state } = startSession(timeline, T0);
    expect(viewSession(state, at(3.2)).secondsLeft).toBe(5);
    expect(viewSession(state, at(7.999)).secondsLeft).toBe(1);
  });

  it('wakes on each displayed second', () => {
    const { state } = startSession(timeline, T0);
    expect(nextWakeAt(state, T0)).toBe(at(1));
    expect(nextWakeAt(state, at(1.5))).toBe(at(2));
  });

  it('catches up a late tick without drifting', () => {
    const { state } = startSession(timeline, T0);
    const late = reduce(state, { type: 'tick' }, at(9.5));
    expect(late.state.segmentIndex).toBe(1);
    expect(late.state.segmentEndsAt).toBe(at(38));
    expect(kinds(late.cues)).toEqual(['hold-start']);
  });

  it('drops cues missed during a 10-minute gap instead of playing a burst', () => {
    const { state } = startSession(timeline, T0);
    const result = reduce(state, { type: 'tick' }, at(600));
    expect(result.state.status).toBe('done');
    expect(result.cues).toEqual([]);
    expect(result.dropped.length).toBeGreaterThan(20);
  });

  it('lands on the right step after a long gap and keeps only fresh cues', () => {
    const { state } = startSession(timeline, T0);
    // 90 s in: ready 8 + hold 30 + rest 5 + hold 30 + switch 6 = 79 s, so 11 s into the right-leg hold.
    const result = reduce(state, { type: 'tick' }, at(90));
    const view = viewSession(result.state, at(90));
    expect(view.step.id).toBe('calf-right');
    expect(view.segment.kind).toBe('hold');
    expect(view.secondsLeft).toBe(19);
    expect(result.cues).toEqual([]);
    const fresh = reduce(state, { type: 'tick' }, at(79) + STALE_CUE_MS - 1);
    expect(kinds(fresh.cues)).toEqual(['hold-start']);
  });

  it('pause freezes the countdown and resume continues it', () => {
    const { state } = startSession(timeline, T0);
    const paused = reduce(state, { type: 'pause' }, at(3)).state;
    expect(paused.status).toBe('paused');
    expect(viewSession(paused, at(300)).secondsLeft).toBe(5);
    expect(reduce(paused, { type: 'tick' }, at(300)).state).toBe(paused);
    expect(nextWakeAt(paused, at(300))).toBeNull();
    const resumed = reduce(paused, { type: 'resume' }, at(300)).state;
    expect(resumed.segmentEndsAt).toBe(at(305));
  });

  it('a pause that arrives after a deadline first settles onto the next segment', () => {
    const { state } = startSession(timeline, T0);
    const result = reduce(state, { type: 'pause' }, at(10));
    expect(kinds(result.cues)).toEqual(['hold-start']);
    expect(result.state.segmentIndex).toBe(1);
    expect(result.state.remainingMs).toBe(28_000);
  });

  it('pause and resume are ignored when they do not apply', () => {
    const { state } = startSession(timeline, T0);
    expect(reduce(state, { type: 'resume' }, at(1)).state).toBe(state);
    const paused = reduce(state, { type: 'pause' }, at(1)).state;
    expect(reduce(paused, { type: 'pause' }, at(2)).state).toBe(paused);
  });

  it('skip moves to the next step and records the skipped one', () => {
    const { state } = startSession(timeline, T0);
    const result = reduce(state, { type: 'skip' }, at(12));
    expect(result.state.segmentIndex).toBe(4);
    expect(result.state.skippedSteps).toEqual([0]);
    expect(result.state.segmentEndsAt).toBe(at(18));
    // The hold that began at 8 s is 4 s stale by now, so only the new step is announced.
    expect(kinds(result.cues)).toEqual(['switch-side']);
  });

  it('skip on the last step finishes the routine', () => {
    let { state } = startSession(timeline, T0);
    state = reduce(state, { type: 'skip' }, at(1)).state;
    state = reduce(state, { type: 'skip' }, at(2)).state;
    const result = reduce(state, { type: 'skip' }, at(3));
    expect(result.state.status).toBe('done');
    expect(result.state.endedAt).toBe(at(3));
    expect(result.state.skippedSteps).toEqual([0, 1, 2]);
    expect(kinds(result.cues)).toEqual(['done']);
  });

  it('skip while paused moves but stays paused and silent', () => {
    const { state } = startSession(timeline, T0);
    const paused = reduce(state, { type: 'pause' }, at(1)).state;
    const result = reduce(paused, { type: 'skip' }, at(2));
    expect(result.state.status).toBe('paused');
    expect(result.state.segmentIndex).toBe(4);
    expect(result.state.remainingMs).toBe(6000);
    expect(result.cues).toEqual([]);
  });

  it('back on the first step restarts it', () => {
    const { state } = startSession(timeline, T0);
    const result = reduce(state, { type: 'back' }, at(1));
    expect(result.state.segmentIndex).toBe(0);
    expect(result.state.segmentEndsAt).toBe(at(9));
    expect(kinds(result.cues)).toEqual(['get-ready']);
  });

  it('back restarts the current step when well into it', () => {
    const { state } = startSession(timeline, T0);
    const result = reduce(state, { type: 'back' }, at(20));
    expect(result.state.segmentIndex).toBe(0);
  });

  it('back right after a step began goes to the previous step and un-skips it', () => {
    const { state } = startSession(timeline, T0);
    const skipped = reduce(state, { type: 'skip' }, at(2)).state;
    const result = reduce(skipped, { type: 'back' }, at(3));
    expect(result.state.segmentIndex).toBe(0);
    expect(result.state.skippedSteps).toEqual([]);
  });

  it('stop ends the session without completing it', () => {
    const { state } = startSession(timeline, T0);
    const stopped = reduce(state, { type: 'stop' }, at(5)).state;
    expect(stopped.status).toBe('stopped');
    expect(stopped.endedAt).toBe(at(5));
    expect(reduce(stopped, { type: 'tick' }, at(600)).state).toBe(stopped);
  });

  it('ignores events once done', () => {
    const done = reduce(startSession(timeline, T0).state, { type: 'tick' }, at(600)).state;
    for (const type of ['pause', 'resume', 'skip', 'back', 'stop', 'tick'] as const) {
      expect(reduce(done, { type }, at(601)).state).toBe(done);
    }
  });

  it('a pause held across the deadline freezes the segment; resume finishes it with its countdown', () => {
    const { state } = startSession(timeline, T0);
    const inHold = reduce(state, { type: 'tick' }, at(30)).state; // 22 s into the first hold
    const paused = reduce(inHold, { type: 'pause' }, at(30));
    expect(paused.state.remainingMs).toBe(8000);
    // Long past the hold's original deadline (38 s): nothing moves, nothing sounds.
    const idle = reduce(paused.state, { type: 'tick' }, at(120));
    expect(idle.state).toBe(paused.state);
    expect(idle.cues).toEqual([]);
    const resumed = reduce(paused.state, { type: 'resume' }, at(120)).state;
    expect(resumed.segmentIndex).toBe(1);
    expect(resumed.segmentEndsAt).toBe(at(128));
    const { state: after, cues } = runUntil(resumed, at(128));
    expect(kinds(cues)).toEqual(['countdown3', 'countdown2', 'countdown1', 'rest']);
    expect(cues.map((cue) => cue.scheduledAt)).toEqual([at(125), at(126), at(127), at(128)]);
    expect(after.segmentIndex).toBe(2);
  });

  it('a pause in the last three seconds does not repeat the countdown on resume', () => {
    const { state } = startSession(timeline, T0);
    const late = runUntil(state, at(35.5)).state; // count 3 went out at 35 s
    const paused = reduce(late, { type: 'pause' }, at(35.5)).state;
    const resumed = reduce(paused, { type: 'resume' }, at(60)).state;
    const { cues } = runUntil(resumed, at(62.5));
    expect(kinds(cues)).toEqual(['countdown2', 'countdown1', 'rest']);
  });

  it('keeps a cue exactly at the staleness limit and drops older ones', () => {
    const { state } = startSession(timeline, T0);
    const kept = reduce(state, { type: 'tick' }, at(8) + STALE_CUE_MS);
    expect(kinds(kept.cues)).toEqual(['hold-start']);
    const dropped = reduce(state, { type: 'tick' }, at(8) + STALE_CUE_MS + 1);
    expect(dropped.cues).toEqual([]);
    expect(kinds(dropped.dropped)).toEqual(['hold-start']);
  });

  it('a late wake near the end of a hold sounds only the newest countdown cue', () => {
    const { state } = startSession(timeline, T0);
    // The tab slept from 10 s to 37.5 s: count 3 (35 s) is 2.5 s old, too old to play; counts
    // 2 and 1 are fresh, but only the newest sounds: two counts at once would be a burst.
    const result = reduce(
      reduce(state, { type: 'tick' }, at(10)).state,
      { type: 'tick' },
      at(37.5),
    );
    expect(kinds(result.cues)).toEqual(['countdown1']);
    expect(kinds(result.dropped)).toEqual(['countdown3', 'countdown2']);
  });

  it('back while paused moves to the step start and stays paused and silent', () => {
    const { state } = startSession(timeline, T0);
    const inStep = reduce(state, { type: 'skip' }, at(1)).state; // right leg, switch segment
    const paused = reduce(
      reduce(inStep, { type: 'tick' }, at(20)).state,
      { type: 'pause' },
      at(20),
    );
    const result = reduce(paused.state, { type: 'back' }, at(21));
    expect(result.state.status).toBe('paused');
    expect(result.state.segmentIndex).toBe(4);
    expect(result.state.remainingMs).toBe(6000);
    expect(result.cues).toEqual([]);
  });

  it('stop while paused ends the session', () => {
    const paused = reduce(startSession(timeline, T0).state, { type: 'pause' }, at(2)).state;
    const stopped = reduce(paused, { type: 'stop' }, at(50)).state;
    expect(stopped.status).toBe('stopped');
    expect(stopped.endedAt).toBe(at(50));
  });

  it('skip at the very end of the last hold finishes once, with one done cue', () => {
    const { state } = startSession(timeline, T0);
    const nearEnd = runUntil(state, at(170)).state; // last hold ends at 172 s
    // The skip lands on the deadline itself: the hold has just finished on its own.
    const result = reduce(nearEnd, { type: 'skip' }, at(172));
    expect(result.state.status).toBe('done');
    expect(result.state.endedAt).toBe(at(172));
    expect(result.state.skippedSteps).toEqual([]);
    expect(kinds(result.cues)).toEqual(['done']);
    expect(kinds(result.dropped)).toEqual(['countdown1']);
    expect(reduce(result.state, { type: 'skip' }, at(173)).cues).toEqual([]);
  });

  it('restores an interrupted session at the start of the step that was playing', () => {
    const restored = restoreSession(timeline, 6, [0], T0, at(900));
    expect(restored.state.status).toBe('running');
    expect(restored.state.segmentIndex).toBe(4);
    expect(restored.state.segmentEndsAt).toBe(at(906));
    expect(restored.state.startedAt).toBe(T0);
    expect(restored.state.skippedSteps).toEqual([0]);
    expect(kinds(restored.cues)).toEqual(['switch-side']);
    const { state, cues } = runUntil(restored.state, at(2000));
    expect(state.status).toBe('done');
    expect(kinds(cues).at(-1)).toBe('done');
  });

  it('restoring on the first step announces it as a get-ready', () => {
    const restored = restoreSession(timeline, 1, [], T0, at(60));
    expect(restored.state.segmentIndex).toBe(0);
    expect(kinds(restored.cues)).toEqual(['get-ready']);
  });
});
