import type { Cue } from '../engine/session';
import { isRelief, type Timeline } from '../engine/timeline';
import { t } from '../i18n/i18n';

/**
 * What the coach says for a cue, in short plain sentences in the app's language, or null for cues
 * that are tones only (the last-seconds countdown). Each is one whole message (namespace
 * `speech`): the side is a select and the seconds a plural, never words glued together.
 */
export function phraseFor(cue: Cue, timeline: Timeline): string | null {
  const step = timeline.steps[cue.stepIndex];
  const segment = timeline.segments[cue.segmentIndex];
  if (!step || !segment) return null;
  if (isRelief(timeline)) return reliefPhrase(cue, step);
  const stretch = { stretch: step.name, side: step.side };
  switch (cue.kind) {
    case 'get-ready':
      // Cramp relief (help mid-cramp, not a stretching session) never gets here: no reminder there.
      return t('speech.getReadyFirst', { routine: timeline.routineName, ...stretch });
    case 'next-stretch':
      return t('speech.nextStretch', stretch);
    case 'switch-side':
      return t('speech.switchSide', { side: step.side });
    case 'hold-start':
      return segment.repetition > 1
        ? t('speech.holdAgain', { seconds: step.holdSeconds })
        : t('speech.holdStart', { ...stretch, seconds: step.holdSeconds });
    case 'rest':
      return t('speech.rest', { remaining: step.repetitions - segment.repetition + 1 });
    case 'countdown':
      return null;
    case 'done':
      return t('speech.done');
  }
}

/**
 * Cramp relief says each step's whole instruction at once (it is written for "the cramping leg",
 * so it never says "both legs"), and never counts down.
 */
function reliefPhrase(cue: Cue, step: Timeline['steps'][number]): string | null {
  const words = { stretch: step.name, instruction: step.instruction };
  switch (cue.kind) {
    case 'hold-start':
      return cue.stepIndex === 0 ? t('speech.reliefFirst', words) : t('speech.reliefNext', words);
    case 'done':
      return t('speech.reliefDone');
    default:
      return null;
  }
}
