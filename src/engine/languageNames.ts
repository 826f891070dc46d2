import type { Language } from './languages';

/**
 * Each language's name as its own speakers write it, for the Settings choice. A module of its own
 * so the names load with Settings, not with the first screen.
 */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  es: 'Español',
  de: 'Deutsch',
  fr: 'Français',
  'pt-BR': 'Português (Brasil)',
};
