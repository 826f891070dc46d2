/**
 * The languages Nightstretch speaks. To add one: add it here and its name in languageNames.ts,
 * then copy src/i18n/messages/en/ to its tag and translate (README: "Adding a language").
 */
export const LANGUAGES = ['en', 'es', 'de', 'fr', 'pt-BR'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A test-only pseudo-language (every string marked and made longer); never offered in Settings. */
export const PSEUDO_LANGUAGE = 'en-XA';
export type AppLanguage = Language | typeof PSEUDO_LANGUAGE;

/** The region used for dates and numbers when the phone names none for that language. */
export const DEFAULT_REGIONAL_TAG: Readonly<Record<Language, string>> = {
  en: 'en-US',
  es: 'es-ES',
  de: 'de-DE',
  fr: 'fr-FR',
  'pt-BR': 'pt-BR',
};

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The best of our languages for the phone's list (most wanted first): an exact tag, then the
 * same language in another region (pt-PT reads pt-BR), English when none matches.
 */
export function bestLanguage(wanted: readonly string[]): AppLanguage {
  for (const tag of wanted) {
    if (tag === PSEUDO_LANGUAGE) return PSEUDO_LANGUAGE;
    const exact = LANGUAGES.find((language) => language.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    const base = tag.split('-')[0]?.toLowerCase();
    const sameLanguage = LANGUAGES.find((language) => language.split('-')[0] === base);
    if (sameLanguage) return sameLanguage;
  }
  return 'en';
}

/**
 * The tag to format dates and numbers with: the phone's own tag when it is the same language
 * (en-GB keeps day-first dates and a Monday week), else the language's usual region.
 */
export function regionalTag(language: AppLanguage, phoneTags: readonly string[]): string {
  if (language === PSEUDO_LANGUAGE) return 'en-US';
  const base = language;
  const baseLanguage = base.split('-')[0];
  const phone = phoneTags.find((tag) => tag.split('-')[0]?.toLowerCase() === baseLanguage);
  if (phone && (base === baseLanguage || phone.toLowerCase() === base.toLowerCase())) return phone;
  return DEFAULT_REGIONAL_TAG[base];
}
