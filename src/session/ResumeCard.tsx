import { t } from '../i18n/i18n';
import { navigate } from '../shell/router';
import { acceptResumeOffer, discardResumeOffer } from './resumeActions';
import { playingElsewhere, resumeOffer, session } from './sessionState';

/** A routine still playing (the person came back to Home): one tap returns to it. */
function LiveSessionCard() {
  const state = session.value;
  if (!state || (state.status !== 'running' && state.status !== 'paused')) return null;
  return (
    <section class="card resume" aria-labelledby="live-title">
      <h2 id="live-title">
        {t('session.liveTitle', { routine: state.timeline.routineName, status: state.status })}
      </h2>
      <button
        type="button"
        class="primary"
        onClick={() => navigate({ name: 'play', routineId: state.timeline.routineId })}
      >
        {t('session.backToRoutine')}
      </button>
    </section>
  );
}

/** A routine runs in another tab or window: this one never offers to play the same one again. */
function ElsewhereCard() {
  return (
    <section class="card resume" aria-labelledby="elsewhere-title">
      <h2 id="elsewhere-title">{t('session.elsewhereTitle')}</h2>
      <p>{t('session.elsewhereText')}</p>
    </section>
  );
}

/** Offers to pick up a routine that was cut short (tab closed, phone restarted). */
export function ResumeCard() {
  if (playingElsewhere.value && !session.value) return <ElsewhereCard />;
  const saved = resumeOffer.value;
  if (!saved) return <LiveSessionCard />;
  const { timeline } = saved;
  const stepIndex = timeline.segments[saved.segmentIndex]?.stepIndex ?? 0;
  const step = timeline.steps[stepIndex];
  return (
    <section class="card resume" aria-labelledby="resume-title">
      <h2 id="resume-title">{t('session.resumeTitle')}</h2>
      <p>
        {t('session.resumeWhere', {
          routine: timeline.routineName,
          step: stepIndex + 1,
          count: timeline.steps.length,
          stretch: step?.name ?? '',
          side: step?.side ?? 'none',
        })}
      </p>
      <div class="resume-actions">
        <button type="button" class="primary" onClick={acceptResumeOffer}>
          {t('session.resume')}
        </button>
        <button type="button" class="quiet" onClick={discardResumeOffer}>
          {t('session.discard')}
        </button>
      </div>
    </section>
  );
}
