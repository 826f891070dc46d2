import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CUE_SPRITE, type CueSoundName } from './cueSprite';

// A stand-in for howler's context: the real one is checked in Chromium at the output
// (e2e/output.spec.ts) and in Firefox by the engine suite.

const played: string[] = [];
const gains: { start: number; rampTo: number | null }[] = [];
const nameAt = (offset: number) =>
  Object.entries(CUE_SPRITE).find(([, [at]]) => at / 1000 === offset)?.[0] ?? `? ${offset}`;

class FakeContext extends EventTarget {
  state: AudioContextState = 'suspended';
  currentTime = 0;
  sampleRate = 48_000;
  resume = vi.fn(async () => {});
  run() {
    this.state = 'running';
    this.dispatchEvent(new Event('statechange'));
  }
  createBufferSource() {
    return {
      buffer: null as unknown,
      connect() {},
      addEventListener() {},
      start(_when: number, offset?: number) {
        // The one-sample silent start of a tap unlocks the context; it is not a tone.
        if (offset !== undefined) played.push(nameAt(offset));
      },
    };
  }
  createBuffer() {
    return {};
  }
  createGain() {
    const entry = { start: 1, rampTo: null as number | null };
    gains.push(entry);
    return {
      connect() {},
      gain: {
        setValueAtTime(level: number) {
          entry.start = level;
        },
        linearRampToValueAtTime(level: number) {
          entry.rampTo = level;
        },
      },
    };
  }
}

const howler = vi.hoisted(() => ({
  Howler: {
    autoSuspend: true,
    usingWebAudio: true,
    ctx: null as unknown,
    masterGain: {},
    volume: () => {},
  },
}));
vi.mock('howler', () => ({ Howler: howler.Howler }));

// The sprite decoded ahead of the tap (or not yet): the test decides when it arrives.
const sprite = vi.hoisted(() => ({
  decoded: null as object | null,
  arrive: (() => {}) as () => void,
}));
vi.mock('./spriteBuffer', () => ({
  cueSprite: () => sprite.decoded,
  loadCueSprite: () =>
    new Promise<void>((resolve) => {
      sprite.arrive = () => {
        sprite.decoded = {};
        resolve();
      };
    }),
}));

const { createCueSounds, GENTLE_START_SHARE } = await import('./cueSounds');

describe('cue sounds', () => {
  let context: FakeContext;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['performance'] });
    context = new FakeContext();
    howler.Howler.ctx = context;
    sprite.decoded = {};
    played.length = 0;
    gains.length = 0;
  });
  afterEach(() => vi.useRealTimers());

  const play = (name: CueSoundName, options = {}) => createCueSounds('/', 0.5).play(name, options);

  it('plays at once when the tap started the context and the sprite was decoded ahead', () => {
    context.state = 'running';
    expect(play('get-ready')).toBe(true);
    expect(played).toEqual(['get-ready']);
  });

  it('plays at the set volume; the first cue of a night starts soft and rises to it', () => {
    context.state = 'running';
    const sounds = createCueSounds('/', 0.5);
    sounds.play('get-ready', { gentle: true });
    sounds.play('rest', { volume: 0.2 });
    sounds.setVolume(0.8);
    sounds.play('countdown');
    expect(gains).toEqual([
      { start: 0.5 * GENTLE_START_SHARE, rampTo: 0.5 },
      { start: 0.2, rampTo: null },
      { start: 0.8, rampTo: null },
    ]);
  });

  it('plays a cue asked for while suspended once the context runs (Firefox, first cue)', () => {
    const sounds = createCueSounds('/', 0.5);
    sounds.play('get-ready');
    expect(played).toEqual([]);
    expect(context.resume).toHaveBeenCalled();
    vi.advanceTimersByTime(40);
    context.run();
    expect(played).toEqual(['get-ready']);
  });

  it('plays a cue asked for before the sprite was decoded once it is', async () => {
    context.state = 'running';
    sprite.decoded = null;
    expect(play('get-ready')).toBe(true);
    expect(played).toEqual([]);
    sprite.arrive();
    await Promise.resolve();
    expect(played).toEqual(['get-ready']);
  });

  it('keeps only the newest waiting cue, so nothing comes in a burst', () => {
    const sounds = createCueSounds('/', 0.5);
    sounds.play('get-ready');
    sounds.play('countdown');
    context.run();
    expect(played).toEqual(['countdown']);
  });

  it('drops a cue the context took more than 3 seconds to start for', () => {
    const sounds = createCueSounds('/', 0.5);
    sounds.play('get-ready');
    vi.advanceTimersByTime(3500);
    context.run();
    expect(played).toEqual([]);
  });

  it('skips a cue while the phone has interrupted the audio', () => {
    const sounds = createCueSounds('/', 0.5);
    context.state = 'interrupted' as AudioContextState;
    sounds.play('hold-start');
    context.run();
    expect(played).toEqual([]);
  });
});
