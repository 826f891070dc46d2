import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A screen loaded on first visit, so Home stays small. A file that cannot be loaded is thrown
 * to the app's error boundary, which offers a reload: never a blank page.
 */
export function lazyScreen(load: () => Promise<{ default: ComponentType }>): ComponentType {
  let loaded: ComponentType | null = null;
  return function LazyScreen() {
    const [Screen, setScreen] = useState<ComponentType | null>(() => loaded);
    const [failure, setFailure] = useState<unknown>(null);
    useEffect(() => {
      if (loaded) return;
      load().then((module) => {
        loaded = module.default;
        setScreen(() => module.default);
      }, setFailure);
    }, []);
    if (failure) throw failure;
    return Screen ? <Screen /> : <main class="screen" aria-busy="true" />;
  };
}
