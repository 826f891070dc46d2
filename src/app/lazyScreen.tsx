import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A screen whose code is fetched the first time it is shown, so Home stays small.
 * Shows an empty busy screen until loaded (a local chunk: a few milliseconds, offline too).
 * A file that cannot be loaded is thrown to the app's error boundary, which offers a reload:
 * never a blank page.
 */
export function lazyScreen<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): ComponentType<Props> & { preload: () => Promise<ComponentType<Props>> } {
  let loaded: ComponentType<Props> | null = null;
  let pending: Promise<ComponentType<Props>> | null = null;
  const preload = () => {
    pending ??= load().then(
      (component) => {
        loaded = component;
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
    const [component, setComponent] = useState(() => loaded);
    const [failure, setFailure] = useState<unknown>(null);
    useEffect(() => {
      if (component) return;
      let live = true;
      preload().then(
        (next) => {
          if (live) setComponent(() => next);
        },
        (error: unknown) => {
          if (live) setFailure(error);
        },
      );
      return () => {
        live = false;
      };
    }, [component]);
    if (failure) throw failure;
    const Screen = component;
    return Screen ? <Screen {...props} /> : <main class="screen" aria-busy="true" />;
  }
  return Object.assign(LazyScreen, { preload });
}
