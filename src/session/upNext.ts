import type { Timeline } from '../engine/timeline';
import { t } from '../i18n/i18n';

/** A short line saying what follows the current segment, so nothing comes as a surprise. */
export function upNextText(timeline: Timeline, segmentIndex: number): string {
  const next = timeline.segments[segmentIndex + 1];
  if (!next) return t('session.upNextLast');
  const step = timeline.steps[next.stepIndex];
  if (!step) return '';
  switch (next.kind) {
    case 'ready':
      return t('session.upNextStretch', { stretch: step.name, side: step.side });
    case 'switch':
      return t('session.upNextSwitch', { side: step.side });
    case 'rest':
      return t('session.upNextRest', {
        repetition: next.repetition,
        repetitions: step.repetitions,
      });
    case 'hold':
      return t('session.upNextHold', { seconds: step.holdSeconds });
  }
}
