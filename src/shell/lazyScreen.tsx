import { signal } from '@preact/signals';
import type { ComponentType } from 'preact';
import { loadAllMessages } from '../i18n/i18n';

/**
 * A screen whose code is fetched the first time it is shown (or preloaded), so Home stays small.
 * Shows an empty busy screen until loaded (a local chunk: a few milliseconds, offline too).
 * The loaded component is held in a signal, so it appears without waiting for effects or timers.
 * A file that cannot be loaded is thrown to the app's error boundary, which offers a reload:
 * never a blank page.
 */
export function lazyScreen<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): ComponentType<Props> & { preload: () => Promise<ComponentType<Props>> } {
  const loaded = signal<ComponentType<Props> | null>(null);
  const failure = signal<unknown>(null);
  let pending: Promise<ComponentType<Props>> | null = null;
  const preload = () => {
    pending ??= Promise.all([load(), loadAllMessages()]).then(
      ([component]) => {
        loaded.value = component;
        return component;
      },
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  };
  function LazyScreen(props: Props) {
    if (failure.value) throw failure.value;
    const Screen = loaded.value;
    if (Screen) return <Screen {...props} />;
    // Idempotent: the first render starts the fetch; later ones share it.
    preload().catch((error: unknown) => {
      failure.value = error;
    });
    return <main class="screen" aria-busy="true" />;
  }
  return Object.assign(LazyScreen, { preload });
}
