import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
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

/** The end of a routine: cramp relief has its own; a stretching routine says if tonight counts. */
export function Done({ state }: { state: SessionState }) {
  if (isRelief(state.timeline)) return <ReliefDone state={state} />;
  return <RoutineDone state={state} />;
}

/** The end of a stretching routine, saying honestly whether tonight counts and why not. */
function RoutineDone({ state }: { state: SessionState }) {
  const minutes = Math.max(1, Math.round(timeSpentMs(state) / 60_000));
  const summary = streak.value;
  const tally = tallySession(state);
  const carryOnFrom =
    state.timeline.steps[firstStepNotHeld(state.timeline, state.heldSegments) ?? 0];
  const held = `You held ${tally.stretchesHeld} of ${tally.stretchCount} ${stretches(tally.stretchCount)}.`;
  const title = tally.counts ? 'Routine complete' : 'Routine ended';
  const heading = useRef<HTMLHeadingElement>(null);
  const [said, setSaid] = useState('');
  // The route stays the same, so the shell does not move focus: the end is said and focused here.
  useLayoutEffect(() => {
    document.title = `${title} · Nightstretch`;
    heading.current?.focus();
  }, [title]);
  // Written a moment after the region appears, so screen readers read it out.
  useEffect(() => {
    const outcome = tally.counts
      ? 'Tonight counts.'
      : `Tonight doesn't count yet: you held ${tally.stretchesHeld} of ${tally.stretchCount} ${stretches(tally.stretchCount)}.`;
    const timer = setTimeout(
      () => setSaid(`${title}. ${state.timeline.routineName} is done. ${outcome}`),
      100,
    );
    return () => clearTimeout(timer);
  }, [title]);
  return (
    <main class="screen done">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p class="visually-hidden" role="status">
        {said}
      </p>
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
