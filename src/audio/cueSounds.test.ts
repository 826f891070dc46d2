import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// A stand-in for howler's context: the real one is checked in Firefox by the engine suite.
class FakeContext extends EventTarget {
  state: AudioContextState = 'suspended';
  resume = vi.fn(async () => {});
  run() {
    this.state = 'running';
    this.dispatchEvent(new Event('statechange'));
  }
}

const played: string[] = [];
const howler = vi.hoisted(() => ({
  Howler: { autoSuspend: true, usingWebAudio: true, ctx: null as unknown },
}));

vi.mock('howler', () => ({
  Howler: howler.Howler,
  Howl: class {
    play(name: string) {
      played.push(name);
    }
    volume() {}
  },
}));

const { createCueSounds } = await import('./cueSounds');

describe('cue sounds on a context that is still starting', () => {
  let context: FakeContext;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['performance'] });
    context = new FakeContext();
    howler.Howler.ctx = context;
    played.length = 0;
  });
  afterEach(() => vi.useRealTimers());

  it('plays a cue asked for while suspended once the context runs (Firefox, first cue)', () => {
    const sounds = createCueSounds('/', 0.5);
    sounds.play('get-ready');
    expect(played).toEqual([]);
    expect(context.resume).toHaveBeenCalled();
    vi.advanceTimersByTime(40);
    context.run();
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
