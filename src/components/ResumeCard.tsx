import { acceptResumeOffer, discardResumeOffer, resumeOffer } from '../app/resumeOffer';
import { sideLabel } from './sideLabel';

/** Offers to pick up a routine that was cut short (tab closed, phone restarted). */
export function ResumeCard() {
  const saved = resumeOffer.value;
  if (!saved) return null;
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
