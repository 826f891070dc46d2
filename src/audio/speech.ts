/** Spoken prompts through the Web Speech API. Absent or voiceless: the tones carry on alone. */

import { PSEUDO_LANGUAGE } from '../engine/languages';
import { formatTag, language } from '../i18n/i18n';
import { voiceFor } from './voices';

export interface SpeechOptions {
  /** The voice the person chose; used only when it speaks the app's language. */
  voiceURI: string | null;
  /** 0.5..1.5, 1 is the voice's normal pace. */
  rate: number;
  /** 0..1 */
  volume: number;
}

const synth = (): SpeechSynthesis | null =>
  typeof speechSynthesis === 'undefined' ? null : speechSynthesis;

export function speechSupported(): boolean {
  return synth() !== null && typeof SpeechSynthesisUtterance !== 'undefined';
}

export function availableVoices(): SpeechSynthesisVoice[] {
  return synth()?.getVoices() ?? [];
}

/** The language tag the prompts are spoken in: the app's (the test pseudo-language is English). */
export function speechLanguage(): string {
  const current = language.value;
  return current === PSEUDO_LANGUAGE ? 'en' : current;
}

/** Says `text` now, cutting off anything still being said (it is out of date). */
export function speak(text: string, options: SpeechOptions): void {
  const speech = synth();
  if (!speech || !speechSupported()) return;
  const utterance = new SpeechSynthesisUtterance(text);
  const lang = speechLanguage();
  // The text is in the app's language, so the voice must be too: the person's choice only when
  // it speaks that language. With no voice for it, `lang` alone lets the engine find one.
  utterance.lang = lang;
  // The app's language in the phone's region (es-MX on a Mexican phone) picks among its voices.
  const voice = voiceFor(availableVoices(), formatTag(), options.voiceURI);
  if (voice) utterance.voice = voice;
  utterance.rate = options.rate;
  utterance.volume = options.volume;
  try {
    speech.cancel();
    speech.speak(utterance);
  } catch {
    // A speech engine that fails leaves the tones to do the work.
  }
}

export function stopSpeaking(): void {
  synth()?.cancel();
}

/** iOS speaks only after a first utterance inside a tap: an empty one opens the way. */
export function unlockSpeech(): void {
  const speech = synth();
  if (!speech || !speechSupported()) return;
  try {
    const silent = new SpeechSynthesisUtterance('');
    silent.volume = 0;
    speech.speak(silent);
  } catch {}
}
