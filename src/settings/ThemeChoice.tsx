import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/i18n';
import { clock } from '../shell/services';
import { type Choice, RadioGroup } from '../ui/fields';
import { settings, type Theme, updateSettings } from './settings';

const themeChoices = (): (Choice<Theme> & { hint: string })[] => [
  { value: 'night', label: t('settings.themeNight'), hint: t('settings.themeNightHint') },
  { value: 'red', label: t('settings.themeRed'), hint: t('settings.themeRedHint') },
  { value: 'light', label: t('settings.themeLight'), hint: t('settings.themeLightHint') },
  { value: 'system', label: t('settings.themeSystem'), hint: t('settings.themeSystemHint') },
];

/** From 9 pm to 6 am a sudden bright screen wakes eyes and partners: Light asks first. */
export function isDarkHours(timeMs: number): boolean {
  const hour = new Date(timeMs).getHours();
  return hour >= 21 || hour < 6;
}

/** The colours, with a question before Light at night. */
export function ThemeChoice() {
  const [askingLight, setAskingLight] = useState(false);
  const keepDark = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (askingLight) keepDark.current?.focus();
  }, [askingLight]);
  const choose = (theme: Theme) => {
    if (theme === 'light' && isDarkHours(clock.now())) setAskingLight(true);
    else void updateSettings({ theme });
  };
  return (
    <>
      <RadioGroup
        legend={t('settings.colours')}
        name="theme"
        value={settings.value.theme}
        choices={themeChoices()}
        onChange={choose}
      />
      {askingLight && (
        <section class="confirm" aria-labelledby="light-question">
          <p id="light-question">{t('settings.lightQuestion')}</p>
          <button
            type="button"
            onClick={() => {
              setAskingLight(false);
              void updateSettings({ theme: 'light' });
            }}
          >
            {t('settings.lightYes')}
          </button>
          <button
            type="button"
            class="primary"
            ref={keepDark}
            onClick={() => setAskingLight(false)}
          >
            {t('settings.lightKeepDark')}
          </button>
        </section>
      )}
    </>
  );
}
