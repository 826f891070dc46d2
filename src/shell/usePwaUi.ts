import { useEffect, useState } from 'preact/hooks';
import { loadAllMessages } from '../i18n/i18n';
import { whenIdle } from './idle';

type PwaUi = typeof import('../pwa/ui');

let loading: Promise<PwaUi> | null = null;

/** The offline/update/install components, or null until their chunk has loaded. */
export function usePwaUi(): PwaUi | null {
  const [ui, setUi] = useState<PwaUi | null>(null);
  useEffect(() => {
    let current = true;
    const show = () => {
      // Their words are not among the first screen's: they come with every other screen's.
      loading ??= Promise.all([import('../pwa/ui'), loadAllMessages()]).then(([module]) => module);
      void loading.then((module) => {
        if (current) setUi(module);
      });
    };
    // Nothing here is needed for the first paint: it waits for a quiet moment.
    if (loading) show();
    else whenIdle(show);
    return () => {
      current = false;
    };
  }, []);
  return ui;
}
