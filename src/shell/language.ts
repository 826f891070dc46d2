import { effect } from '@preact/signals';
import { languageFor, rememberLanguage, useLanguage } from '../i18n/i18n';
import { settings } from '../settings/settings';

/**
 * Keeps every screen in the language setting (the phone's best match when none is chosen),
 * mirrored for the next start. Begins once the stored settings are read, so the first screen
 * never flashes the phone's language over a saved choice.
 */
export function followLanguageSetting(): () => void {
  return effect(() => {
    const chosen = settings.value.language;
    rememberLanguage(chosen);
    void useLanguage(languageFor(chosen));
  });
}
