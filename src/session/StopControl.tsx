import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/i18n';

/** Stop, behind a calm question, so a fumbled tap in the dark never ends the routine. */
export function StopControl({ onStop }: { onStop: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const keepGoing = useRef<HTMLButtonElement>(null);
  const stop = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useLayoutEffect(() => {
    if (confirming) {
      asked.current = true;
      keepGoing.current?.focus();
    } else if (asked.current) {
      // Back from the question: focus returns to where it was, not to the page's start.
      stop.current?.focus();
    }
  }, [confirming]);
  if (!confirming) {
    return (
      <button type="button" class="quiet stop" ref={stop} onClick={() => setConfirming(true)}>
        {t('session.stop')}
      </button>
    );
  }
  return (
    <section class="confirm" aria-labelledby="stop-question">
      <p id="stop-question">{t('session.stopQuestion')}</p>
      <button type="button" onClick={onStop}>
        {t('session.stopYes')}
      </button>
      <button type="button" class="primary" ref={keepGoing} onClick={() => setConfirming(false)}>
        {t('session.keepGoing')}
      </button>
    </section>
  );
}
