// The lazily loaded audio side: tones (Web Audio on howler's context), spoken prompts and vibration.
import type { Cue } from '../engine/session';
import type { Timeline } from '../engine/timeline';
import { type AudioState, createCueSounds } from './cueSounds';
import { phraseFor } from './phrases';
import { speak, stopSpeaking, unlockSpeech } from './speech';
import { vibrateFor } from './vibration';

export type { AudioState } from './cueSounds';
export { loadCueSprite } from './spriteBuffer';

export interface CuePreferences {
  sound: boolean;
  volume: number;
  speech: boolean;
  voiceURI: string | null;
  speechRate: number;
  vibration: boolean;
}

export interface CueManner {
  gentle?: boolean;
  quiet?: boolean;
}

/** A reminder cue plays at this share of the set volume. */
const QUIET_SHARE = 0.35;

export interface CueOutputs {
  /**
   * Sounds, says and buzzes one cue (the newest, when several fall due together). `gentle` starts
   * the tone soft and lets it rise within the tone (the first cue of a night); `quiet` plays it
   * softly (a reminder on coming back). True when a tone started.
   */
  play(cue: Cue, timeline: Timeline, preferences: CuePreferences, manner?: CueManner): boolean;
  /** One cue tone at the current volume, so the person can set it before the night. */
  sample(): void;
  setVolume(volume: number): void;
  unlock(): void;
  resume(): void;
  audioState(): AudioState;
  onAudioStateChange(listener: (state: AudioState) => void): void;
  silence(): void;
}

export function createCueOutputs(baseUrl: string, volume: number): CueOutputs {
  const sounds = createCueSounds(baseUrl, volume);
  return {
    play(cue, timeline, preferences, manner = {}) {
      const volume = manner.quiet ? preferences.volume * QUIET_SHARE : preferences.volume;
      const sounded =
        preferences.sound &&
        sounds.play(cue.kind, {
          ...(manner.gentle ? { gentle: true } : {}),
          ...(manner.quiet ? { volume } : {}),
        });
      if (preferences.speech) {
        const phrase = phraseFor(cue, timeline);
        if (phrase) {
          speak(phrase, {
            voiceURI: preferences.voiceURI,
            rate: preferences.speechRate,
            volume,
          });
        }
      }
      if (preferences.vibration) vibrateFor(cue.kind);
      return sounded;
    },
    sample() {
      sounds.play('hold-start');
    },
    setVolume: sounds.setVolume,
    unlock() {
      sounds.unlock();
      unlockSpeech();
    },
    resume: sounds.resume,
    audioState: sounds.state,
    onAudioStateChange: sounds.onStateChange,
    silence: stopSpeaking,
  };
}
