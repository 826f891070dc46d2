// The lazily loaded audio side: tones (howler), spoken prompts and vibration.
import type { Cue } from '../engine/session';
import type { Timeline } from '../engine/timeline';
import { type AudioState, createCueSounds } from './cueSounds';
import { phraseFor } from './phrases';
import { speak, stopSpeaking, unlockSpeech } from './speech';
import { vibrateFor } from './vibration';

export type { AudioState } from './cueSounds';

export interface CuePreferences {
  sound: boolean;
  volume: number;
  speech: boolean;
  voiceURI: string | null;
  speechRate: number;
  vibration: boolean;
}

export interface CueOutputs {
  /** Sounds, says and buzzes one cue (the newest, when several fall due together). */
  play(cue: Cue, timeline: Timeline, preferences: CuePreferences): void;
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
    play(cue, timeline, preferences) {
      if (preferences.sound) sounds.play(cue.kind);
      if (preferences.speech) {
        const phrase = phraseFor(cue, timeline);
        if (phrase) {
          speak(phrase, {
            voiceURI: preferences.voiceURI,
            rate: preferences.speechRate,
            volume: preferences.volume,
          });
        }
      }
      if (preferences.vibration) vibrateFor(cue.kind);
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
