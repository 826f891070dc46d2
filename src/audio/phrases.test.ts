import { routines } from 'virtual:routines';
import { describe, expect, it } from 'vitest';
import { type Cue, type CueKind, reduce, type SessionState } from '../engine/session';
import { twoStretches } from '../engine/testRoutines';
import { buildTimeline } from '../engine/timeline';
import { phraseFor } from './phrases';

const timeline = buildTimeline(twoStretches);
const cue = (kind: CueKind, segmentIndex: number): Cue => ({
  kind,
  segmentIndex,
  stepIndex: timeline.segments[segmentIndex]?.stepIndex ?? 0,
  scheduledAt: 0,
});

/** Plays a routine through the session engine, a second at a time, and lists what is said. */
function everythingSaid(played: typeof timeline): string[] {
  const spoken: string[] = [];
  const say = (cues: Cue[]) => {
    for (const due of cues) {
      const phrase = phraseFor(due, played);
      if (phrase) spoken.push(phrase);
    }
  };
  let now = 0;
  let result = reduce(null, { type: 'start', timeline: played }, now);
  say(result.cues);
  let state: SessionState | null = result.state;
  while (state && state.status !== 'done' && now < played.totalMs + 60_000) {
    now += 1000;
    result = reduce(state, { type: 'tick' }, now);
    say(result.cues);
    state = result.state;
  }
  expect(state?.status).toBe('done');
  return spoken;
}

describe('spoken phrases', () => {
  it('names the routine, says how to stretch, then the first stretch with its side', () => {
    expect(phraseFor(cue('get-ready', 0), timeline)).toBe(
      'Test routine. Gently, never into pain. First, Calf, left leg. Get ready.',
    );
  });

  it('every shipped routine says "Gently, never into pain" once, in its first words; Cramp relief never', () => {
    for (const routine of routines) {
      const played = buildTimeline(routine);
      const spoken = everythingSaid(played);
      const reminders = spoken.filter((phrase) => phrase.includes('Gently, never into pain.'));
      if (routine.id === 'cramp-relief') {
        expect(reminders, routine.id).toEqual([]);
      } else {
        expect(reminders, routine.id).toHaveLength(1);
        expect(spoken[0], routine.id).toContain('Gently, never into pain.');
      }
    }
  });

  it('says the stretch, side and hold length when a hold starts', () => {
    expect(phraseFor(cue('hold-start', 1), timeline)).toBe('Calf, left leg. Hold for 30 seconds.');
    expect(phraseFor(cue('hold-start', 3), timeline)).toBe('Again. Hold for 30 seconds.');
  });

  it('says which leg to switch to', () => {
    expect(phraseFor(cue('switch-side', 4), timeline)).toBe('Switch to the right leg. Get ready.');
  });

  it('tells what comes next and how many holds are left', () => {
    expect(phraseFor(cue('next-stretch', 8), timeline)).toBe(
      'Next, Ankle circles, both legs. Get ready.',
    );
    expect(phraseFor(cue('rest', 2), timeline)).toBe('Relax. One more to go.');
  });

  it('ends kindly and keeps the countdown to tones', () => {
    expect(phraseFor(cue('done', 9), timeline)).toBe('Well done. Sleep well.');
    expect(phraseFor(cue('countdown', 1), timeline)).toBeNull();
  });
});
