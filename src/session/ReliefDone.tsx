import { useEffect, useRef } from 'preact/hooks';
import type { SessionState } from '../engine/session';
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
        {state.eased ? 'Good, it has eased' : 'Still cramping?'}
      </h1>
      {state.eased ? (
        <p class="lede">Lie back and let the leg rest. Feeling a little sore tomorrow is normal.</p>
      ) : (
        <>
          <p class="lede">
            A cramp usually eases within a few minutes. If yours has not, or if any of the signs
            below is true, get help as it says.
          </p>
          <RedFlags tiers={['now', 'today']} headingLevel={2} />
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
