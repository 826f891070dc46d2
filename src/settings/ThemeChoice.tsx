import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { clock } from '../shell/services';
import { type Choice, RadioGroup } from '../ui/fields';
import { settings, type Theme, updateSettings } from './settings';

const THEME_CHOICES: (Choice<Theme> & { hint: string })[] = [
  { value: 'night', label: 'Night', hint: '(warm and dim)' },
  { value: 'red', label: 'Red', hint: '(darkest, for a fully dark room)' },
  { value: 'light', label: 'Light', hint: '(for daytime)' },
  { value: 'system', label: 'Same as my phone', hint: '(light or dark)' },
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
        legend="Colours"
        name="theme"
        value={settings.value.theme}
        choices={THEME_CHOICES}
        onChange={choose}
      />
      {askingLight && (
        <section class="confirm" aria-labelledby="light-question">
          <p id="light-question">
            Light is many times brighter than the night colours. Switch now, in the dark?
          </p>
          <button
            type="button"
            onClick={() => {
              setAskingLight(false);
              void updateSettings({ theme: 'light' });
            }}
          >
            Yes, switch to Light
          </button>
          <button
            type="button"
            class="primary"
            ref={keepDark}
            onClick={() => setAskingLight(false)}
          >
            Keep it dark
          </button>
        </section>
      )}
    </>
  );
}
