import { useState } from 'preact/hooks';
import './pwa.css';
import { installed, installPrompt, promptInstall, runningStandalone } from './install';
import { installHelpFor, isIosSafari } from './installHelp';

/** Help to put the app on the home screen: the browser's own offer, or the steps on iOS. */
export function InstallCard() {
  const [dismissed, setDismissed] = useState(false);
  const help = installHelpFor({
    standalone: runningStandalone(),
    hasPrompt: installPrompt.value !== null,
    iosSafari: isIosSafari(navigator.userAgent, navigator.maxTouchPoints),
    installed: installed.value,
  });
  if (help === 'none' || dismissed) return null;
  return (
    <section class="card install" aria-labelledby="install-title">
      <h2 id="install-title">Keep it on your home screen</h2>
      {help === 'button' ? (
        <p>It opens full screen, like any app, and works with no signal.</p>
      ) : (
        <>
          <p>
            In Safari, tap <strong>Share</strong> (the square with an arrow), then{' '}
            <strong>Add to Home Screen</strong>.
          </p>
          <p class="muted">
            Why: it keeps your nights safe. Safari clears what a website has saved after 7 days
            without a visit; an app on the home screen keeps it.
          </p>
        </>
      )}
      <div class="install-actions">
        <button type="button" class="quiet" onClick={() => setDismissed(true)}>
          Not now
        </button>
        {help === 'button' && (
          <button type="button" class="primary" onClick={() => void promptInstall()}>
            Install app
          </button>
        )}
      </div>
    </section>
  );
}
