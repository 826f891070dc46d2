import type { ManifestOptions } from 'vite-plugin-pwa';
import { loadRoutines } from './vite-plugin-routines.ts';

/** The night colour of the app's background (src/styles.css --bg), used before the app paints. */
export const NIGHT_COLOUR = '#14110f';

/** Routines offered as home-screen shortcuts (long-press on the installed icon). */
export const SHORTCUT_ROUTINE_IDS = ['bedtime-stretch', 'cramp-relief'];

/**
 * The web app manifest. Every URL is relative to the manifest itself, so the same file works at
 * the root of a host and under a sub-path (BASE_PATH).
 */
export function webAppManifest(routinesDir: string): Partial<ManifestOptions> {
  const routines = loadRoutines(routinesDir);
  const shortcuts = SHORTCUT_ROUTINE_IDS.map((id) => {
    const routine = routines.find((candidate) => candidate.id === id);
    if (!routine) throw new Error(`manifest shortcut: no routine "${id}" in ${routinesDir}/`);
    // One manifest for every language (it says lang "en"): the shortcuts are named in English.
    return {
      name: routine.name.en,
      short_name: routine.name.en,
      description: routine.summary.en,
      // The start route begins the routine at once (src/shell/launch.ts).
      url: `./#/start/${routine.id}`,
      icons: [{ src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
    };
  });
  return {
    name: 'Nightstretch',
    short_name: 'Nightstretch',
    description:
      'A calm bedtime stretching coach for night-time leg cramps. Gentle stretching may help some people. Works offline.',
    lang: 'en',
    dir: 'ltr',
    start_url: './',
    scope: './',
    display: 'standalone',
    orientation: 'portrait',
    theme_color: NIGHT_COLOUR,
    background_color: NIGHT_COLOUR,
    categories: ['health', 'fitness', 'lifestyle'],
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      {
        src: 'icons/icon-maskable-512.png',
        sizes: '512x512',
        type: 'image/png',
        purpose: 'maskable',
      },
    ],
    shortcuts,
  };
}
