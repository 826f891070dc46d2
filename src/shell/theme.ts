import { effect, signal } from '@preact/signals';
import { paintedTheme, paintTheme, watchSystemLight } from '../platform/theme';
import { settings } from '../settings/settings';

const systemPrefersLight = signal(false);

/** Keeps <html data-theme> in step with the theme setting and, for "system", the system. */
export function followThemeSetting(): () => void {
  const stopWatching = watchSystemLight((prefersLight) => {
    systemPrefersLight.value = prefersLight;
  });
  const stopPainting = effect(() => {
    paintTheme(paintedTheme(settings.value.theme, systemPrefersLight.value));
  });
  return () => {
    stopWatching();
    stopPainting();
  };
}
