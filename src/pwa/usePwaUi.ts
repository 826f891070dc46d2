import { useEffect, useState } from 'preact/hooks';

type PwaUi = typeof import('./ui');

let loading: Promise<PwaUi> | null = null;

/** The offline/update/install components, or null until their chunk has loaded. */
export function usePwaUi(): PwaUi | null {
  const [ui, setUi] = useState<PwaUi | null>(null);
  useEffect(() => {
    let current = true;
    loading ??= import('./ui');
    void loading.then((module) => {
      if (current) setUi(module);
    });
    return () => {
      current = false;
    };
  }, []);
  return ui;
}
