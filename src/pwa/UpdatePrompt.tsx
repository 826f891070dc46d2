import './pwa.css';
import { t } from '../i18n/i18n';
import { applyUpdate, updateOffered } from './serviceWorker';

/**
 * A small offer on Home to switch to the waiting version, never while a routine is live (it
 * comes back when the routine ends). Ignoring it is fine: the update is applied on its own the
 * next time the app starts.
 */
export function UpdatePrompt() {
  if (!updateOffered.value) return null;
  return (
    <section class="update-prompt" aria-labelledby="update-title">
      <p>
        <strong id="update-title">{t('pwa.updateReady')}</strong>
        <span class="muted">{t('pwa.updateSaved')}</span>
      </p>
      <button type="button" onClick={() => applyUpdate()}>
        {t('pwa.updateNow')}
      </button>
    </section>
  );
}
