import { lazyScreen } from './lazyScreen';

// Screens other than Home arrive in their own chunks, so the first screen stays small.
export const Player = lazyScreen(() => import('../session/Player').then((m) => m.Player));
export const RoutinePreview = lazyScreen(() =>
  import('../routines/RoutinePreview').then((m) => m.RoutinePreview),
);
export const Settings = lazyScreen(() => import('../settings/Settings').then((m) => m.Settings));
export const Learn = lazyScreen(() => import('../learn/Learn').then((m) => m.Learn));
export const History = lazyScreen(() => import('../history/History').then((m) => m.default));
export const RoutineEditor = lazyScreen(() =>
  import('../routines/RoutineEditor').then((m) => m.RoutineEditor),
);
export const CrampLog = lazyScreen(() => import('../diary/CrampLog').then((m) => m.default));

/**
 * Starts fetching a screen the moment a finger (or mouse button) comes down on what opens it:
 * the code is there by the time the tap ends, without loading every screen at startup. A key
 * press loads it on the spot, from the service worker's cache.
 */
export const preloadOnIntent = (screen: { preload: () => Promise<unknown> }) => ({
  onPointerDown: () => void screen.preload().catch(() => {}),
});
