export interface VoiceChoice {
  uri: string;
  name: string;
  lang: string;
}

/** The speech voices the device offers; calls `onChange` now and whenever the list changes. */
export function watchVoices(onChange: (voices: VoiceChoice[]) => void): () => void {
  const synth = typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
  if (!synth) {
    onChange([]);
    return () => {};
  }
  // The list often arrives late (after `voiceschanged`), so it is read again then.
  const read = () =>
    onChange(
      synth
        .getVoices()
        .map((voice) => ({ uri: voice.voiceURI, name: voice.name, lang: voice.lang })),
    );
  read();
  synth.addEventListener('voiceschanged', read);
  return () => synth.removeEventListener('voiceschanged', read);
}
