import { useState } from 'preact/hooks';
import { t, tParts } from '../i18n/i18n';
import './pwa.css';
import { installed, installPrompt, promptInstall, runningStandalone } from './install';
import { installHelpFor, isIosSafari } from './installHelp';

/** Share → Add to Home Screen, with Safari's own button names in bold. */
function IosSteps() {
  return (
    <p>
      {tParts(
        'pwa.installIosSteps',
        {},
        {
          share: <strong key="share">{t('pwa.installIosShare')}</strong>,
          addToHome: <strong key="add">{t('pwa.installIosAddToHome')}</strong>,
        },
      )}
    </p>
  );
}

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
      <h2 id="install-title">{t('pwa.installTitle')}</h2>
      {help === 'button' ? (
        <p>{t('pwa.installWhat')}</p>
      ) : (
        <>
          <IosSteps />
          <p class="muted">{t('pwa.installIosWhy')}</p>
        </>
      )}
      <div class="install-actions">
        <button type="button" class="quiet" onClick={() => setDismissed(true)}>
          {t('pwa.notNow')}
        </button>
        {help === 'button' && (
          <button type="button" class="primary" onClick={() => void promptInstall()}>
            {t('pwa.installApp')}
          </button>
        )}
      </div>
    </section>
  );
}
