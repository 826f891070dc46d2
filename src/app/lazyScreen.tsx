import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A screen whose code is fetched the first time it is shown, so Home stays small.
 * Renders nothing until loaded (a local chunk: a few milliseconds, offline too).
 */
export function lazyScreen<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): ComponentType<Props> & { preload: () => Promise<ComponentType<Props>> } {
  let loaded: ComponentType<Props> | null = null;
  let pending: Promise<ComponentType<Props>> | null = null;
  const preload = () => {
    pending ??= load().then((component) => {
      loaded = component;
      return component;
    });
    return pending;
  };
  function LazyScreen(props: Props) {
    const [component, setComponent] = useState(() => loaded);
    useEffect(() => {
      if (component) return;
      let live = true;
      void preload().then((next) => {
        if (live) setComponent(() => next);
      });
      return () => {
        live = false;
      };
    }, [component]);
    const Screen = component;
    return Screen ? <Screen {...props} /> : null;
  }
  return Object.assign(LazyScreen, { preload });
}
