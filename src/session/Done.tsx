import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { tallySession } from '../engine/counting';
import { firstStepNotHeld } from '../engine/holds';
import { type SessionState, timeSpentMs } from '../engine/session';
import { isRelief } from '../engine/timeline';
import { t } from '../i18n/i18n';
import { navigate } from '../shell/router';
import { streak } from '../shell/services';
import { unlockAudio } from './audio';
import { player } from './playerInstance';
import { ReliefDone } from './ReliefDone';

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
  const routine = state.timeline.routineName;
  const held = { held: tally.stretchesHeld, count: tally.stretchCount };
  const title = tally.counts ? t('session.doneComplete') : t('session.doneEnded');
  const heading = useRef<HTMLHeadingElement>(null);
  const [said, setSaid] = useState(false);
  // The route stays the same, so the shell does not move focus: the end is said and focused here.
  useLayoutEffect(() => {
    document.title = t('session.doneDocumentTitle', { counts: tally.counts ? 'yes' : 'no' });
    heading.current?.focus();
  }, [title]);
  // Written a moment after the region appears, so screen readers read it out.
  useEffect(() => {
    const timer = setTimeout(() => setSaid(true), 100);
    return () => clearTimeout(timer);
  }, [title]);
  return (
    <main class="screen done">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p class="visually-hidden" role="status">
        {said &&
          (tally.counts
            ? t('session.doneSaidCounts', { routine })
            : t('session.doneSaidNotYet', { routine, ...held }))}
      </p>
      <p class="lede">
        {tally.counts
          ? t('session.doneLedeCounts', { routine, minutes })
          : t('session.doneLede', { routine, minutes })}
      </p>
      {tally.counts ? (
        <p class="outcome">
          {summary?.doneTonight
            ? t('session.doneCountsStreak', { streak: summary.current })
            : t('session.doneCounts')}
        </p>
      ) : summary?.doneTonight ? (
        <p class="outcome">{t('session.doneAlreadyCounts', held)}</p>
      ) : (
        <p class="outcome">{t('session.doneNotYet', held)}</p>
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
          {t('session.carryOnFrom', { stretch: carryOnFrom.name, side: carryOnFrom.side })}
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
        {t('session.backHome')}
      </button>
    </main>
  );
}
