import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { SessionState } from '../engine/session';
import { navigate } from '../shell/router';
import { streak } from '../shell/services';
import { player } from './playerInstance';

export function Done({ state }: { state: SessionState }) {
  const minutes = Math.max(
    1,
    Math.round(((state.endedAt ?? state.startedAt) - state.startedAt) / 60_000),
  );
  const summary = streak.value;
  const crampRelief = state.timeline.routineId === 'cramp-relief';
  const heading = useRef<HTMLHeadingElement>(null);
  const [said, setSaid] = useState('');
  // The route stays the same, so the shell does not move focus: the end is said and focused here.
  useLayoutEffect(() => {
    document.title = 'Routine complete · Nightstretch';
    heading.current?.focus();
  }, []);
  // Written a moment after the region appears, so screen readers read it out.
  useEffect(() => {
    const timer = setTimeout(
      () => setSaid(`Routine complete. ${state.timeline.routineName} is done. Well done.`),
      100,
    );
    return () => clearTimeout(timer);
  }, []);
  return (
    <main class="screen done">
      <h1 ref={heading} tabIndex={-1}>
        Routine complete
      </h1>
      <p class="visually-hidden" role="status">
        {said}
      </p>
      <p class="lede">
        {state.timeline.routineName}, {minutes} {minutes === 1 ? 'minute' : 'minutes'}. Well done.
      </p>
      {summary?.doneTonight && (
        <p>
          Tonight counts. Your streak is <strong>{summary.current}</strong>{' '}
          {summary.current === 1 ? 'night' : 'nights'}.
        </p>
      )}
      {crampRelief && (
        <button
          type="button"
          class="primary"
          onClick={() => {
            player.clear();
            navigate({ name: 'cramp' }, { replace: true });
          }}
        >
          Log a cramp
        </button>
      )}
      <button
        type="button"
        class={crampRelief ? undefined : 'primary'}
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
