// Which speech voice says the prompts: one for the app's language, or none (the tones carry on).
// Pure: it works on any list with the Web Speech API's fields, so Settings can ask it too.

/** The parts of a SpeechSynthesisVoice the choice looks at. */
export interface VoiceLike {
  voiceURI: string;
  lang: string;
  localService?: boolean;
  default?: boolean;
}

/** A BCP 47 tag as voices write it (Android says en_US, some engines EN-us), compared in lower case. */
function normalTag(tag: string): string {
  return tag.trim().replace(/_/g, '-').toLowerCase();
}

function baseOf(tag: string): string {
  return normalTag(tag).split('-')[0] ?? '';
}

/** 2: the same tag, 1: the same language in another region or script, 0: another language. */
function closeness(voiceLang: string, language: string): number {
  if (!voiceLang || !language) return 0;
  if (normalTag(voiceLang) === normalTag(language)) return 2;
  return baseOf(voiceLang) === baseOf(language) ? 1 : 0;
}

/**
 * The voices that speak a language (the app's, say "pt-BR"), for Settings to offer: the same
 * tag first, then the same language elsewhere (a voice from Portugal still reads Brazilian
 * text); none when the phone has no voice for it (then the tones carry on alone).
 * The pseudo-language en-XA is spoken in English.
 */
export function voicesForLanguage<V extends { lang: string }>(
  voices: readonly V[],
  language: string,
): V[] {
  const spoken = language === 'en-XA' ? 'en' : language;
  return voices
    .filter((voice) => closeness(voice.lang, spoken) > 0)
    .sort((a, b) => closeness(b.lang, spoken) - closeness(a.lang, spoken));
}

/**
 * The voice to speak `language` with (a language, or one in a region: es-MX): the person's chosen one if it speaks that language (same
 * base language), else the best that does (the exact tag before another region, then a voice on
 * the phone before a network one, then the phone's default), else null: nothing is chosen and the
 * caller sets only the language (or the tones carry on alone).
 */
export function voiceFor<V extends VoiceLike>(
  voices: readonly V[],
  language: string,
  chosenURI: string | null = null,
): V | null {
  if (chosenURI) {
    const chosen = voices.find((voice) => voice.voiceURI === chosenURI);
    if (chosen && closeness(chosen.lang, language) > 0) return chosen;
  }
  let best: V | null = null;
  let bestScore = 0;
  for (const voice of voices) {
    const close = closeness(voice.lang, language);
    if (close === 0) continue;
    const score = close * 4 + (voice.localService ? 2 : 0) + (voice.default ? 1 : 0);
    if (score > bestScore) {
      best = voice;
      bestScore = score;
    }
  }
  return best;
}
