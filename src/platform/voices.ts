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

const tagParts = (tag: string) => tag.replace(/_/g, '-').toLowerCase().split('-');

/**
 * The voices that speak a language (the app's, say "pt-BR"): the same region first, then the
 * same language elsewhere (a Portuguese voice from Portugal still reads Brazilian text).
 * The pseudo-language en-XA is spoken in English.
 */
export function voicesForLanguage<T extends { lang: string }>(
  voices: readonly T[],
  language: string,
): T[] {
  const [base, region] = tagParts(language === 'en-XA' ? 'en' : language);
  const sameLanguage = voices.filter((voice) => tagParts(voice.lang)[0] === base);
  if (!region) return sameLanguage;
  const sameRegion = (voice: T) => tagParts(voice.lang)[1] === region;
  return [
    ...sameLanguage.filter(sameRegion),
    ...sameLanguage.filter((voice) => !sameRegion(voice)),
  ];
}
