import { Howl, Howler } from 'howler';
import { CUE_SPRITE, type CueSoundName } from './cueSprite';

/** 'unavailable' when the browser has no Web Audio at all. */
export type AudioState = AudioContextState | 'interrupted' | 'unavailable';

/** The sprite of cue tones, played through Web Audio (not HTML5 audio) so timing is tight. */
export interface CueSounds {
  /**
   * `fadeInMs` ramps the tone up from silence (the first cue of a night). False when the tone
   * was skipped (the audio is not running).
   */
  play(name: CueSoundName, options?: { fadeInMs?: number; volume?: number }): boolean;
  setVolume(volume: number): void;
  /** Call inside a tap: lets the audio context start. */
  unlock(): void;
  /** Starts the context again after the page was hidden or the phone interrupted it. */
  resume(): void;
  state(): AudioState;
  onStateChange(listener: (state: AudioState) => void): void;
}

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
  const watch = () => {
    const ctx = context();
    if (!ctx || ctx === watched) return;
    watched = ctx;
    ctx.addEventListener('statechange', () => {
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
      // A sound started on a stopped context would sound later, out of time: skip it instead.
      if (state() !== 'running') return false;
      const id = howl.play(name);
      if (options.volume !== undefined) howl.volume(options.volume, id);
      if (options.fadeInMs) howl.fade(0, howl.volume(), options.fadeInMs, id);
      return true;
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
