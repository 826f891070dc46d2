import { Howl, Howler } from 'howler';
import { CUE_SPRITE, type CueSoundName } from './cueSprite';

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
 * How long a cue may wait for a starting context. Firefox creates the context 'suspended' and
 * runs it some milliseconds after the tap (seconds on a busy machine), just when "get ready" is
 * due; later than this, the cue would sound out of time, so it is dropped.
 */
const MAX_CUE_WAIT_MS = 3000;

export function createCueSounds(baseUrl: string, volume: number): CueSounds {
  // Keep the context running between cues: a suspended one makes the next cue late.
  Howler.autoSuspend = false;
  const howl = new Howl({
    src: [`${baseUrl}audio/cues.webm`, `${baseUrl}audio/cues.mp3`],
    format: ['webm', 'mp3'],
    sprite: Object.fromEntries(
      Object.entries(CUE_SPRITE).map(([name, [offset, duration]]) => [name, [offset, duration]]),
    ),
    html5: false,
    preload: true,
    volume,
  });
  const listeners: ((state: AudioState) => void)[] = [];
  // Howler may replace its context during its first unlock, so always read the current one.
  const context = (): AudioContext | null => (Howler.usingWebAudio ? Howler.ctx : null);
  let watched: AudioContext | null = null;
  // At most one cue waits for the context to run (the newest), so none ever plays in a burst.
  let waiting: { name: CueSoundName; options: PlayOptions; askedAt: number } | null = null;
  const start = (name: CueSoundName, options: PlayOptions) => {
    const id = howl.play(name);
    if (options.volume !== undefined) howl.volume(options.volume, id);
    if (options.gentle) {
      const full = howl.volume(id) as number;
      const rampMs = CUE_SPRITE[name][1] * GENTLE_RAMP_SHARE;
      howl.fade(full * GENTLE_START_SHARE, full, rampMs, id);
    }
  };
  const playWaiting = () => {
    if (!waiting || state() !== 'running') return;
    const { name, options, askedAt } = waiting;
    waiting = null;
    if (performance.now() - askedAt <= MAX_CUE_WAIT_MS) start(name, options);
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
      if (state() === 'running') {
        waiting = null;
        start(name, options);
        return true;
      }
      if (state() === 'suspended') {
        // Still starting (or stopped by the system): resume, and play when it runs, if still in time.
        waiting = { name, options, askedAt: performance.now() };
        resume();
        return true;
      }
      // Interrupted, closed or no Web Audio: skip it; a late cue is worse than none.
      return false;
    },
    setVolume(next) {
      howl.volume(next);
    },
    unlock: resume,
    resume,
    state,
    onStateChange(listener) {
      listeners.push(listener);
    },
  };
}
