import { signal } from '@preact/signals';
import type { SavedProgress } from '../engine/progress';
import { navigate } from '../shell/router';
import { loadSessionRuntime, unlockAudio, withRuntime } from './runtimeLoader';

/** A routine that was interrupted less than 30 minutes ago, offered on Home. */
export const resumeOffer = signal<SavedProgress | null>(null);

/** The Resume tap: picks the routine up at the step where it stopped. */
export function acceptResumeOffer(): void {
  const saved = resumeOffer.value;
  if (!saved) return;
  resumeOffer.value = null;
  unlockAudio();
  withRuntime(({ player }) => {
    player.restore(saved);
    navigate({ name: 'play', routineId: saved.timeline.routineId });
  });
}

export function discardResumeOffer(): void {
  resumeOffer.value = null;
  void loadSessionRuntime().then((runtime) => runtime.discardSavedSession());
}

/** Starting something new replaces the old offer (the new session's progress overwrites it). */
export function dropResumeOffer(): void {
  resumeOffer.value = null;
}
