import { Howler } from 'howler';
import { CUE_SPRITE, type CueSoundName } from './cueSprite';
import { cueSprite, loadCueSprite } from './spriteBuffer';

/** 'unavailable' when the browser has no Web Audio at all. */
export type AudioState = AudioContextState | 'interrupted' | 'unavailable';

interface PlayOptions {
  /** Starts soft and rises to full over the first part of the tone (the first cue of a night). */
  gentle?: boolean;
  volume?: number;
}

/**
 * A gentle start begins at this share of the volume and reaches full volume this far into the
 * tone. Fitted to the tone, not a fixed time: the cues last 0.25 to 1.8 s, and a longer ramp from
 * silence would leave a short tone almost unheard, so the first cue of a night would be missed.
 */
export const GENTLE_START_SHARE = 0.3;
export const GENTLE_RAMP_SHARE = 0.5;

/** The sprite of cue tones, played through Web Audio (not HTML5 audio) so timing is tight. */
export interface CueSounds {
  /**
   * `gentle` starts the tone soft and lets it rise (the first cue of a night). False when the tone
   * was skipped (the audio is interrupted or closed); a cue waiting for a starting context counts.
   */
  play(name: CueSoundName, options?: PlayOptions): boolean;
  setVolume(volume: number): void;
  /** Call inside a tap: lets the audio context start. */
  unlock(): void;
  /** Starts the context again after the page was hidden or the phone interrupted it. */
  resume(): void;
  state(): AudioState;
  onStateChange(listener: (state: AudioState) => void): void;
}

/**
 * How long a cue may wait for a starting context (or for the sprite, when the tap came before it
 * was decoded). Firefox creates the context 'suspended' and runs it some milliseconds after the
 * tap (seconds on a busy machine), just when "get ready" is due; later than this, the cue would
 * sound out of time, so it is dropped.
 */
const MAX_CUE_WAIT_MS = 3000;

/**
 * Howler makes the audio context (here, so inside the tap that calls this) and its master gain.
 * The tones are slices of one sprite, decoded ahead of the tap (`spriteBuffer.ts`), each played by
 * its own buffer source and gain (its volume) into that master gain: a Howl would fetch and decode
 * the sprite again on the tap (its cache takes no decoded buffer), and the first cue would come
 * 100-150 ms late.
 */
export function createCueSounds(baseUrl: string, volume: number): CueSounds {
  // Keep the context running between cues: a suspended one makes the next cue late.
  Howler.autoSuspend = false;
  // Howler makes its context on first use: this is that use.
  Howler.volume();
  let level = volume;
  const listeners: ((state: AudioState) => void)[] = [];
  const context = (): AudioContext | null => (Howler.usingWebAudio ? Howler.ctx : null);
  let watched: AudioContext | null = null;
  let loading = false;
  // At most one cue waits for the context to run (the newest), so none ever plays in a burst.
  let waiting: { name: CueSoundName; options: PlayOptions; askedAt: number } | null = null;
  const start = (name: CueSoundName, options: PlayOptions) => {
    const ctx = context();
    const sprite = cueSprite();
    if (!ctx || !sprite) return;
    const [offsetMs, durationMs] = CUE_SPRITE[name];
    const source = ctx.createBufferSource();
    source.buffer = sprite;
    const gain = ctx.createGain();
    const full = options.volume ?? level;
    const now = ctx.currentTime;
    if (options.gentle) {
      gain.gain.setValueAtTime(full * GENTLE_START_SHARE, now);
      gain.gain.linearRampToValueAtTime(full, now + (durationMs * GENTLE_RAMP_SHARE) / 1000);
    } else {
      gain.gain.setValueAtTime(full, now);
    }
    source.connect(gain);
    gain.connect(Howler.masterGain);
    source.addEventListener('ended', () => gain.disconnect());
    source.start(0, offsetMs / 1000, durationMs / 1000);
  };
  const playWaiting = () => {
    if (!waiting || !cueSprite() || state() !== 'running') return;
    const { name, options, askedAt } = waiting;
    waiting = null;
    if (performance.now() - askedAt <= MAX_CUE_WAIT_MS) start(name, options);
  };
  // Normally decoded long before; a tap that came first (or a failed fetch) waits for it here.
  const loadSprite = () => {
    if (cueSprite() || loading) return;
    loading = true;
    loadCueSprite(baseUrl).then(
      () => {
        loading = false;
        playWaiting();
      },
      (error: unknown) => {
        loading = false;
        console.warn("Nightstretch: the cue sounds didn't load", error);
      },
    );
  };
  const watch = () => {
    const ctx = context();
    if (!ctx || ctx === watched) return;
    watched = ctx;
    ctx.addEventListener('statechange', () => {
      playWaiting();
      for (const listener of listeners) listener(state());
    });
  };
  const state = (): AudioState => {
    const ctx = context();
    return ctx ? (ctx.state as AudioState) : 'unavailable';
  };
  const resume = () => {
    watch();
    const ctx = context();
    if (ctx && ctx.state !== 'running' && ctx.state !== 'closed') {
      ctx.resume().catch(() => {});
    }
  };
  watch();
  return {
    play(name, options = {}) {
      watch();
      const now = state();
      if (now === 'running' && cueSprite()) {
        waiting = null;
        start(name, options);
        return true;
      }
      if (now === 'running' || now === 'suspended') {
        // Still starting (or stopped by the system), or the sprite is still on its way: play
        // when both are ready, if still in time.
        waiting = { name, options, askedAt: performance.now() };
        if (now === 'suspended') resume();
        loadSprite();
        return true;
      }
      // Interrupted, closed or no Web Audio: skip it; a late cue is worse than none.
      return false;
    },
    setVolume(next) {
      level = next;
    },
    unlock() {
      resume();
      // Older iOS lets a context sound only once a buffer has started inside a tap: a silent one.
      const ctx = context();
      if (ctx && ctx.state !== 'running') {
        const source = ctx.createBufferSource();
        source.buffer = ctx.createBuffer(1, 1, ctx.sampleRate);
        source.connect(Howler.masterGain);
        source.start(0);
      }
    },
    resume,
    state,
    onStateChange(listener) {
      listeners.push(listener);
    },
  };
}
