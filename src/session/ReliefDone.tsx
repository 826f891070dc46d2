import { useEffect, useRef } from 'preact/hooks';
import type { SessionState } from '../engine/session';
import { crampPrefill } from '../shell/crampPrefill';
import { navigate } from '../shell/router';
import { player } from './playerInstance';
import { reliefLeg } from './reliefLeg';
import './relief.css';

/** When a cramp that has not eased needs a doctor today; plain words, for this screen only. */
function SeeADoctorToday() {
  return (
    <section class="see-doctor" aria-labelledby="see-doctor-title">
      <h2 id="see-doctor-title">See a doctor today if:</h2>
      <ul>
        <li>one calf is swollen, red, warm or tender (don't rub it)</li>
        <li>the pain is severe and stretching does not ease it</li>
        <li>the leg feels numb, tingles or is weak</li>
        <li>your leg hurts when you walk and gets better when you rest</li>
      </ul>
      <p>
        Call your local emergency number now if the leg is cold, pale or bluish, or you have chest
        pain or sudden trouble breathing.
      </p>
    </section>
  );
}

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
        {state.eased ? 'Good, it has eased' : 'Still cramping?'}
      </h1>
      {state.eased ? (
        <p class="lede">Lie back and let the leg rest. Feeling a little sore tomorrow is normal.</p>
      ) : (
        <>
          <p class="lede">
            A cramp usually eases within a few minutes. If yours has not, or if any of these is
            true, see a doctor today.
          </p>
          <SeeADoctorToday />
        </>
      )}
      <p class="muted">Cramp relief is not part of your streak.</p>
      <button
        type="button"
        class="primary"
        onClick={() => {
          crampPrefill.value = { at: state.startedAt, leg: reliefLeg.peek() };
          leave();
          navigate({ name: 'cramp' }, { replace: true });
        }}
      >
        Log this cramp
      </button>
      <button
        type="button"
        onClick={() => {
          leave();
          navigate({ name: 'home' }, { replace: true });
        }}
      >
        Back to sleep
      </button>
    </main>
  );
}
