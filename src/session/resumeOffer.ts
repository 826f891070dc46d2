import { signal } from '@preact/signals';
import type { SavedProgress } from '../engine/progress';
import { navigate } from '../shell/router';
import { unlockAudio, withRuntime } from './runtimeLoader';

/** A routine that was interrupted less than 30 minutes ago, offered on Home. */
export const resumeOffer = signal<SavedProgress | null>(null);

/** The Resume tap: picks the routine up at the step where it stopped. */
export function acceptResumeOffer(): void {
  const saved = resumeOffer.value;
  if (!saved) return;
  resumeOffer.value = null;
  unlockAudio();
  withRuntime(async ({ player, checkOtherPlayer }) => {
    // It began playing in another tab since the offer was made: Home now says so instead.
    if (await checkOtherPlayer()) return;
    player.restore(saved);
    navigate({ name: 'play', routineId: saved.timeline.routineId });
  });
}

export function discardResumeOffer(): void {
  const saved = resumeOffer.value;
  resumeOffer.value = null;
  if (saved) withRuntime((runtime) => runtime.discardSavedSession(saved));
}

/** Starting something new replaces the old offer (the new session's progress overwrites it). */
export function dropResumeOffer(): void {
  resumeOffer.value = null;
}
