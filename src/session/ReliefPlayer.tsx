import type { SessionState } from '../engine/session';
import { viewSession } from '../engine/view';
import { t } from '../i18n/i18n';
import { settings } from '../settings/settings';
import { Illustration } from '../ui/Illustration';
import { send, useSessionKeys } from './controls';
import { reliefLeg } from './reliefLeg';
import { soundBlocked, unlockAudio } from './runtime';
import './relief.css';

/**
 * Cramp relief, for a cramp happening now: the step in big type at once, one button to say it
 * has eased, and nothing to choose first. Saying which leg is optional and never in the way.
 */
export function ReliefPlayer({ state, now }: { state: SessionState; now: number }) {
  // Space says it has eased; the right arrow tries the next step.
  useSessionKeys(true, {
    ' ': () => send({ type: 'eased' }),
    ArrowRight: () => send({ type: 'skip' }),
  });
  const view = viewSession(state, now);
  const leg = reliefLeg.value;
  const last = view.nextStep === null;
  const { sound } = settings.value;
  return (
    <main class="screen player relief">
      <p class="muted step-count">
        {t('session.reliefStepCount', {
          routine: state.timeline.routineName,
          step: view.stepIndex + 1,
          count: view.stepCount,
        })}
      </p>
      {sound && soundBlocked.value && (
        <button type="button" class="primary sound-on" onClick={unlockAudio}>
          {t('session.soundOn')}
        </button>
      )}
      <h1>{view.step.name}</h1>
      <p class="side">{t('session.reliefLeg', { leg: leg ?? 'unknown' })}</p>
      <p class="relief-instruction">{view.step.instruction}</p>
      <p class="sr-only" aria-live="polite">
        {t('session.reliefLive', {
          step: view.stepIndex + 1,
          stretch: view.step.name,
          instruction: view.step.instruction,
        })}
      </p>
      <button type="button" class="primary eased" onClick={() => send({ type: 'eased' })}>
        {t('session.eased')}
      </button>
      <p class="reassure">{t('session.reliefReassure')}</p>
      <div class="step-how">
        <Illustration name={view.step.illustration} side="both" decorative class="step-drawing" />
        <p class="muted thigh">{t('session.reliefThigh')}</p>
      </div>
      <fieldset class="leg-pick">
        <legend>{t('session.whichLeg')}</legend>
        <div class="leg-buttons">
          {(['left', 'right'] as const).map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={leg === option}
              onClick={() => {
                reliefLeg.value = leg === option ? null : option;
              }}
            >
              {t('session.legChoice', { leg: option })}
            </button>
          ))}
        </div>
      </fieldset>
      <button type="button" class="quiet" onClick={() => send({ type: 'skip' })}>
        {last ? t('session.stillCramping') : t('session.stillTightNext')}
      </button>
    </main>
  );
}
