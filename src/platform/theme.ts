import type { Theme } from '../storage/settings';

/** A theme as painted: "system" has been resolved to night or light. */
export type PaintedTheme = Exclude<Theme, 'system'>;

/** Browser chrome colour for each theme, matching its page background. */
const BAR_COLOURS: Record<PaintedTheme, string> = {
  night: '#14110f',
  red: '#000000',
  light: '#f3ece1',
};

/** Read by index.html before the first paint, so a red-mode night never flashes amber. */
export const THEME_STORAGE_KEY = 'nightstretch-theme';

export function paintedTheme(theme: Theme, systemPrefersLight: boolean): PaintedTheme {
  if (theme === 'system') return systemPrefersLight ? 'light' : 'night';
  return theme;
}

/** Sets `data-theme` on <html> (the stylesheet does the rest) and the browser bar colour. */
export function paintTheme(theme: PaintedTheme): void {
  const root = document.documentElement;
  root.dataset.theme = theme;
  root.style.colorScheme = theme === 'light' ? 'light' : 'dark';
  for (const meta of document.querySelectorAll('meta[name="theme-color"]')) {
    meta.setAttribute('content', BAR_COLOURS[theme]);
  }
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Private modes may refuse; the theme still applies for this visit.
  }
}

/** Calls `onChange` now and whenever the system switches between light and dark. */
export function watchSystemLight(onChange: (prefersLight: boolean) => void): () => void {
  const query = matchMedia('(prefers-color-scheme: light)');
  const listener = () => onChange(query.matches);
  listener();
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}
