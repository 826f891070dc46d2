import { navigate } from '../shell/router';
import { sideLabel } from '../ui/sideLabel';
import { acceptResumeOffer, discardResumeOffer } from './resumeActions';
import { resumeOffer, session } from './sessionState';

/** A routine still playing (the person came back to Home): one tap returns to it. */
function LiveSessionCard() {
  const state = session.value;
  if (!state || (state.status !== 'running' && state.status !== 'paused')) return null;
  return (
    <section class="card resume" aria-labelledby="live-title">
      <h2 id="live-title">
        {state.timeline.routineName} is {state.status === 'paused' ? 'paused' : 'playing'}
      </h2>
      <button
        type="button"
        class="primary"
        onClick={() => navigate({ name: 'play', routineId: state.timeline.routineId })}
      >
        Back to the routine
      </button>
    </section>
  );
}

/** Offers to pick up a routine that was cut short (tab closed, phone restarted). */
export function ResumeCard() {
  const saved = resumeOffer.value;
  if (!saved) return <LiveSessionCard />;
  const { timeline } = saved;
  const stepIndex = timeline.segments[saved.segmentIndex]?.stepIndex ?? 0;
  const step = timeline.steps[stepIndex];
  return (
    <section class="card resume" aria-labelledby="resume-title">
      <h2 id="resume-title">Carry on where you stopped?</h2>
      <p>
        {timeline.routineName} stopped at stretch {stepIndex + 1} of {timeline.steps.length}
        {step ? `: ${step.name}, ${sideLabel(step.side).toLowerCase()}.` : '.'}
      </p>
      <div class="resume-actions">
        <button type="button" class="primary" onClick={acceptResumeOffer}>
          Resume
        </button>
        <button type="button" class="quiet" onClick={discardResumeOffer}>
          Discard
        </button>
      </div>
    </section>
  );
}
