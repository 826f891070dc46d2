import { useState } from 'preact/hooks';
import { t } from '../i18n/i18n';
import './pwa.css';
import { installed, installPrompt, promptInstall, runningStandalone } from './install';
import { installHelpFor, isIosSafari } from './installHelp';

// Stand in for Safari's button names inside the sentence, so each language places them itself.
const SHARE_MARK = '\uE000';
const ADD_MARK = '\uE001';

/** Share → Add to Home Screen, with Safari's own button names in bold. */
function IosSteps() {
  const sentence = t('pwa.installIosSteps', { share: SHARE_MARK, addToHome: ADD_MARK });
  return (
    <p>
      {sentence.split(/([\uE000\uE001])/).map((part) => {
        if (part === SHARE_MARK) return <strong key="share">{t('pwa.installIosShare')}</strong>;
        if (part === ADD_MARK) return <strong key="add">{t('pwa.installIosAddToHome')}</strong>;
        return part;
      })}
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
