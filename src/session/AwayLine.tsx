import type { SessionState } from '../engine/session';
import { t } from '../i18n/i18n';
import { awayNote, awayText } from './away';
import { player } from './playerInstance';

/** Steps back to the start of the stretch that was going when the person went away. */
function redo(stepIndex: number): void {
  for (let guard = 0; guard < 50; guard++) {
    player.dispatch({ type: 'back' });
    const state = player.session.peek();
    const segment = state?.timeline.segments[state.segmentIndex];
    if (!state || !segment || segment.stepIndex <= stepIndex) break;
  }
  awayNote.value = null;
}

/** One line on what went by while the screen was locked, with an offer to redo the stretch. */
export function AwayLine({ state }: { state: SessionState }) {
  const note = awayNote.value;
  if (!note || note.segmentIndex !== state.segmentIndex || state.status === 'done') return null;
  return (
    <section class="away" aria-label={t('session.awayLabel')}>
      <p role="status">{awayText(note.absence)}</p>
      <div class="away-actions">
        <button type="button" onClick={() => redo(note.redoStepIndex)}>
          {t('session.redo')}
        </button>
        <button type="button" class="quiet" onClick={() => (awayNote.value = null)}>
          {t('session.carryOn')}
        </button>
      </div>
    </section>
  );
}
