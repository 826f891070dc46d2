import { signal } from '@preact/signals';

type PlayerModule = typeof import('../screens/Player');

/** The Player screen lives in its own chunk so Home stays small; it is fetched after first paint. */
export const playerScreen = signal<PlayerModule | null>(null);

let loading: Promise<void> | null = null;

export function loadPlayerScreen(): Promise<void> {
  loading ??= import('../screens/Player').then(
    (module) => {
      playerScreen.value = module;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
