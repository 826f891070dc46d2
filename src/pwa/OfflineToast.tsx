import { useEffect, useState } from 'preact/hooks';
import './pwa.css';
import { t } from '../i18n/i18n';
import type { Clock } from '../platform/clock';
import { offlineReady } from './serviceWorker';

const SHOWN_FOR_MS = 8000;

/** Says once, quietly and in plain words, that the app now opens with no signal; fades out by itself. */
export function OfflineToast({ clock }: { clock: Clock }) {
  const ready = offlineReady.value;
  const [hidden, setHidden] = useState(false);
  useEffect(() => {
    if (!ready) return;
    return clock.at(clock.now() + SHOWN_FOR_MS, () => setHidden(true));
  }, [ready, clock]);
  return (
    <div class="toast-region" role="status">
      {ready && !hidden && <p class="toast">{t('pwa.offlineReady')}</p>}
    </div>
  );
}
