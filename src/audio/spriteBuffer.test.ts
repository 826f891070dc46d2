import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('howler', () => ({ Howler: { codecs: (ext: string) => ext === 'webm' } }));

const decoded = { duration: 6.85 };
const decodes: number[] = [];

/** An offline context decodes without an audio device; the real one is made only by a tap. */
class FakeOfflineContext {
  constructor(_channels: number, _length: number, sampleRate: number) {
    decodes.push(sampleRate);
  }
  decodeAudioData(_bytes: ArrayBuffer, resolve: (buffer: unknown) => void) {
    resolve(decoded);
  }
}

describe('the cue sprite decoded ahead of the tap', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('fetches the Opus sprite once, decodes it offline, and tries again after a failure', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(new Response(null, { status: 503 }))
      .mockResolvedValue(new Response(new ArrayBuffer(8)));
    vi.stubGlobal('fetch', fetch);
    vi.stubGlobal('OfflineAudioContext', FakeOfflineContext);
    const { cueSprite, loadCueSprite } = await import('./spriteBuffer');

    await expect(loadCueSprite('/base/')).rejects.toThrow('503');
    expect(cueSprite()).toBeNull();
    await expect(loadCueSprite('/base/')).resolves.toBe(decoded);
    await loadCueSprite('/base/');
    expect(cueSprite()).toBe(decoded);
    expect(fetch.mock.calls.map(([url]) => url)).toEqual([
      '/base/audio/cues.webm',
      '/base/audio/cues.webm',
    ]);
    expect(decodes).toEqual([48_000]);
  });
});
