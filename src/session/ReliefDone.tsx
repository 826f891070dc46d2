import { useEffect, useRef } from 'preact/hooks';
import type { SessionState } from '../engine/session';
import { t } from '../i18n/i18n';
import { crampPrefill } from '../shell/crampPrefill';
import { navigate } from '../shell/router';
import { RedFlags } from '../ui/RedFlags';
import { player } from './playerInstance';
import { reliefLeg } from './reliefLeg';
import './relief.css';

/** The end of cramp relief: no streak talk, a doctor's advice if it has not eased, then sleep. */
export function ReliefDone({ state }: { state: SessionState }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const leave = () => {
    player.clear();
    reliefLeg.value = null;
  };
  return (
    <main class="screen done relief-done">
      <h1 ref={heading} tabIndex={-1}>
        {state.eased ? t('session.reliefEasedTitle') : t('session.reliefNotEasedTitle')}
      </h1>
      {state.eased ? (
        <p class="lede">{t('session.reliefEasedLede')}</p>
      ) : (
        <>
          <p class="lede">{t('session.reliefNotEasedLede')}</p>
          <RedFlags tiers={['now', 'today']} headingLevel={2} />
        </>
      )}
      <p class="muted">{t('session.reliefNoStreak')}</p>
      <button
        type="button"
        class="primary"
        onClick={() => {
          crampPrefill.value = { at: state.startedAt, leg: reliefLeg.peek() };
          leave();
          navigate({ name: 'cramp' }, { replace: true });
        }}
      >
        {t('session.logCramp')}
      </button>
      <button
        type="button"
        onClick={() => {
          leave();
          navigate({ name: 'home' }, { replace: true });
        }}
      >
        {t('session.backToSleep')}
      </button>
    </main>
  );
}
