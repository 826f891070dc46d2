import './pwa.css';
import { applyUpdate, updateReady } from './serviceWorker';

/**
 * A small offer on Home to switch to the waiting version. Ignoring it is fine: the update is
 * applied on its own the next time the app starts.
 */
export function UpdatePrompt() {
  if (!updateReady.value) return null;
  return (
    <section class="update-prompt" aria-labelledby="update-title">
      <p>
        <strong id="update-title">Update ready</strong>
        <span class="muted">Your nights stay saved.</span>
      </p>
      <button type="button" onClick={applyUpdate}>
        Update now
      </button>
    </section>
  );
}
