import { signal } from '@preact/signals';

/**
 * Hash routes ("#/play/bedtime-stretch"), so the app works from any static host
 * and any sub-path without server rewrites.
 */
export type Route =
  | { name: 'home' }
  | { name: 'play'; routineId: string }
  /** Starts a routine at once (home-screen shortcuts), then becomes its play route. */
  | { name: 'start'; routineId: string }
  | { name: 'routine'; routineId: string }
  | { name: 'history' }
  | { name: 'cramp' }
  | { name: 'settings' }
  | { name: 'learn' }
  /** The routine editor: a new routine, or the person's own one with this id. */
  | { name: 'editor'; routineId?: string };

export function parseRoute(hash: string): Route {
  const [first, second] = hash.replace(/^#\/?/, '').split('/');
  if ((first === 'play' || first === 'start' || first === 'routine') && second) {
    return { name: first, routineId: decodeURIComponent(second) };
  }
  if (first === 'editor') {
    return second ? { name: 'editor', routineId: decodeURIComponent(second) } : { name: 'editor' };
  }
  if (first === 'history' || first === 'cramp' || first === 'settings' || first === 'learn')
    return { name: first };
  return { name: 'home' };
}

export function hrefFor(route: Route): string {
  if (route.name === 'play' || route.name === 'start' || route.name === 'routine') {
    return `#/${route.name}/${encodeURIComponent(route.routineId)}`;
  }
  if (route.name === 'editor' && route.routineId) {
    return `#/editor/${encodeURIComponent(route.routineId)}`;
  }
  return `#/${route.name === 'home' ? '' : route.name}`;
}

export const currentRoute = signal<Route>(parseRoute(location.hash));

addEventListener('hashchange', () => {
  currentRoute.value = parseRoute(location.hash);
});

export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const href = hrefFor(route);
  if (options.replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  currentRoute.value = route;
}
