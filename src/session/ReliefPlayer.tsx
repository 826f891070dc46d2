import type { SessionState } from '../engine/session';
import { viewSession } from '../engine/view';
import { settings } from '../settings/settings';
import { Illustration } from '../ui/Illustration';
import { send, useSessionKeys } from './controls';
import { reliefLeg } from './reliefLeg';
import { soundBlocked, unlockAudio } from './runtime';
import './relief.css';

const LEG_WORDS = { left: 'Left leg', right: 'Right leg' } as const;

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
        {state.timeline.routineName} · step {view.stepIndex + 1} of {view.stepCount}
      </p>
      {sound && soundBlocked.value && (
        <button type="button" class="primary sound-on" onClick={unlockAudio}>
          Tap to turn sound on
        </button>
      )}
      <h1>{view.step.name}</h1>
      <p class="side">{leg ? LEG_WORDS[leg] : 'The cramping leg'}</p>
      <p class="relief-instruction">{view.step.instruction}</p>
      <p class="sr-only" aria-live="polite">
        {`Step ${view.stepIndex + 1}: ${view.step.name}. ${view.step.instruction}`}
      </p>
      <button type="button" class="primary eased" onClick={() => send({ type: 'eased' })}>
        It's eased
      </button>
      <p class="reassure">It usually eases within a few minutes. Breathe slowly.</p>
      <div class="step-how">
        <Illustration name={view.step.illustration} side="both" decorative class="step-drawing" />
        <p class="muted thigh">
          These steps are for a calf cramp. Cramp in the front of the thigh instead? Bend that knee
          gently and hold it bent until the muscle lets go.
        </p>
      </div>
      <fieldset class="leg-pick">
        <legend>Which leg? You can skip this.</legend>
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
              {option === 'left' ? 'Left' : 'Right'}
            </button>
          ))}
        </div>
      </fieldset>
      <button type="button" class="quiet" onClick={() => send({ type: 'skip' })}>
        {last ? 'Still cramping' : 'Still tight: next step'}
      </button>
    </main>
  );
}
