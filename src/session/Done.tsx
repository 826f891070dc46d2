import { tallySession } from '../engine/counting';
import { firstStepNotHeld } from '../engine/holds';
import { type SessionState, timeSpentMs } from '../engine/session';
import { isRelief } from '../engine/timeline';
import { navigate } from '../shell/router';
import { streak } from '../shell/services';
import { sideLabel } from '../ui/sideLabel';
import { unlockAudio } from './audio';
import { player } from './playerInstance';
import { ReliefDone } from './ReliefDone';

const stretches = (count: number) => (count === 1 ? 'stretch' : 'stretches');

/** The end of a routine, saying honestly whether tonight counts and why not. */
export function Done({ state }: { state: SessionState }) {
  if (isRelief(state.timeline)) return <ReliefDone state={state} />;
  const minutes = Math.max(1, Math.round(timeSpentMs(state) / 60_000));
  const summary = streak.value;
  const tally = tallySession(state);
  const carryOnFrom =
    state.timeline.steps[firstStepNotHeld(state.timeline, state.heldSegments) ?? 0];
  const held = `You held ${tally.stretchesHeld} of ${tally.stretchCount} ${stretches(tally.stretchCount)}.`;
  return (
    <main class="screen done">
      <h1>{tally.counts ? 'Routine complete' : 'Routine ended'}</h1>
      <p class="lede">
        {state.timeline.routineName}, {minutes} {minutes === 1 ? 'minute' : 'minutes'}.
        {tally.counts ? ' Well done.' : ''}
      </p>
      {tally.counts ? (
        <p class="outcome">
          Tonight counts.
          {summary?.doneTonight &&
            ` Your streak is ${summary.current} ${summary.current === 1 ? 'night' : 'nights'}.`}
        </p>
      ) : summary?.doneTonight ? (
        <p class="outcome">
          {held} Tonight already counts from an earlier routine, so your streak is safe.
        </p>
      ) : (
        <p class="outcome">
          Tonight doesn't count yet: you held {tally.stretchesHeld} of {tally.stretchCount}{' '}
          {stretches(tally.stretchCount)}. Holding at least half of the routine makes it count.
        </p>
      )}
      {!tally.counts && carryOnFrom && (
        <button
          type="button"
          class="primary"
          onClick={() => {
            unlockAudio();
            player.carryOn();
          }}
        >
          Carry on from {carryOnFrom.name}
          {carryOnFrom.side === 'both' ? '' : `, ${sideLabel(carryOnFrom.side).toLowerCase()}`}
        </button>
      )}
      <button
        type="button"
        class={tally.counts ? 'primary' : undefined}
        onClick={() => {
          player.clear();
          navigate({ name: 'home' }, { replace: true });
        }}
      >
        Back to home
      </button>
    </main>
  );
}
