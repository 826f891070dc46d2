import { describe, expect, it } from 'vitest';
import { CUE_SPRITE } from '../../src/audio/cueSprite';
import { CUE_SOUNDS } from './cueSounds';
import { envelope, LEAD_MS, PEAK, PLAY_FROM_MS, renderSprite, SAMPLE_RATE } from './synth';

describe('cue sprite synthesis', () => {
  const sprite = renderSprite(CUE_SOUNDS);

  it('is deterministic', () => {
    const again = renderSprite(CUE_SOUNDS).samples;
    expect(Buffer.from(again.buffer).equals(Buffer.from(sprite.samples.buffer))).toBe(true);
  });

  it('never clips: the loudest sample is the chosen peak, well under full scale', () => {
    const loudest = sprite.samples.reduce((max, value) => Math.max(max, Math.abs(value)), 0);
    expect(loudest).toBeCloseTo(PEAK, 6);
    expect(loudest).toBeLessThan(0.5);
  });

  it('matches the committed sprite map (run scripts/generate-cue-sprite.ts after changes)', () => {
    expect(sprite.slots).toEqual(CUE_SPRITE);
  });

  it('starts and ends every sound in silence, with a gentle attack', () => {
    const perMs = SAMPLE_RATE / 1000;
    for (const [name, [offsetMs, durationMs]] of Object.entries(sprite.slots)) {
      const slot = sprite.samples.subarray(offsetMs * perMs, (offsetMs + durationMs) * perMs);
      const soundStart = (LEAD_MS - PLAY_FROM_MS) * perMs;
      expect(Math.abs(slot[0] ?? 1), name).toBe(0);
      expect(Math.abs(slot[slot.length - 1] ?? 1), name).toBe(0);
      // The first 5 ms after the sound begins stay far below its peak: no click.
      const firstFiveMs = slot.subarray(soundStart, soundStart + 5 * perMs);
      const early = firstFiveMs.reduce((max, value) => Math.max(max, Math.abs(value)), 0);
      expect(early, name).toBeLessThan(PEAK * 0.25);
    }
  });

  it('plays each sound from 5 ms before it starts, not from the silent lead of its slot', () => {
    const perMs = SAMPLE_RATE / 1000;
    for (const [name, [offsetMs]] of Object.entries(sprite.slots)) {
      const played = sprite.samples.subarray(offsetMs * perMs);
      const firstSound = played.findIndex((value) => value !== 0);
      expect(firstSound / perMs, name).toBeGreaterThanOrEqual(5);
      expect(firstSound / perMs, name).toBeLessThan(5.1);
    }
  });

  it('shapes notes with a rise, a decay and a release to zero', () => {
    expect(envelope(0, 1)).toBe(0);
    expect(envelope(0.025, 1)).toBeCloseTo(Math.exp(-0.075), 6);
    expect(envelope(0.5, 1)).toBeLessThan(envelope(0.1, 1));
    expect(envelope(1, 1)).toBe(0);
  });
});
