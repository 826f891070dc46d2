/** Spoken prompts through the Web Speech API. Absent or voiceless: the tones carry on alone. */

export interface SpeechOptions {
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

/** Says `text` now, cutting off anything still being said (it is out of date). */
export function speak(text: string, options: SpeechOptions): void {
  const speech = synth();
  if (!speech || !speechSupported()) return;
  const utterance = new SpeechSynthesisUtterance(text);
  const voice = options.voiceURI
    ? availableVoices().find((candidate) => candidate.voiceURI === options.voiceURI)
    : undefined;
  if (voice) {
    utterance.voice = voice;
    utterance.lang = voice.lang;
  } else {
    utterance.lang = document.documentElement.lang || 'en';
  }
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
