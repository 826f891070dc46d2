import { useId } from 'preact/hooks';
import { LANGUAGE_NAMES } from '../engine/languageNames';
import { isLanguage, LANGUAGES } from '../engine/languages';
import { languageFor, t } from '../i18n/i18n';
import { settings, updateSettings } from './settings';

const PHONE = '';

/** The app's language: the phone's best match, or one chosen here, each named in its own words. */
export function LanguageChoice() {
  const id = useId();
  const chosen = settings.value.language;
  const phoneBest = languageFor(null);
  const phoneName = isLanguage(phoneBest) ? LANGUAGE_NAMES[phoneBest] : LANGUAGE_NAMES.en;
  return (
    <div class="field">
      <label for={id}>{t('settings.language')}</label>
      <select
        id={id}
        value={chosen && isLanguage(chosen) ? chosen : PHONE}
        onChange={(event) => {
          const value = event.currentTarget.value;
          void updateSettings({ language: isLanguage(value) ? value : null });
        }}
      >
        <option value={PHONE}>{t('settings.languageSameAsPhone', { name: phoneName })}</option>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
