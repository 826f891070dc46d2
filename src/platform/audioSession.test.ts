import { afterEach, describe, expect, it, vi } from 'vitest';
import { canChooseAudioMixing, chooseAudioSession } from './audioSession';

describe('the audio session (Safari on iOS 17+)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("uses 'playback' so cues sound with the silent switch on, 'ambient' to play over music", () => {
    const session = { type: 'auto' };
    vi.stubGlobal('navigator', { audioSession: session });
    expect(canChooseAudioMixing()).toBe(true);
    chooseAudioSession(false);
    expect(session.type).toBe('playback');
    chooseAudioSession(true);
    expect(session.type).toBe('ambient');
  });

  it('does nothing where the API does not exist', () => {
    vi.stubGlobal('navigator', {});
    expect(canChooseAudioMixing()).toBe(false);
    expect(() => chooseAudioSession(true)).not.toThrow();
  });

  it('a browser that refuses the type is not an error', () => {
    vi.stubGlobal('navigator', {
      audioSession: {
        set type(_value: string) {
          throw new TypeError('not supported');
        },
      },
    });
    expect(() => chooseAudioSession(false)).not.toThrow();
  });
});
