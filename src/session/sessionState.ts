import { signal } from '@preact/signals';
import type { SavedProgress } from '../engine/progress';
import type { SessionState } from '../engine/session';

// What Home needs to know about a routine in progress, without loading the engine:
// the player (in the session runtime chunk) writes these, screens read them.

/** The routine being played, paused or just finished; null when there is none. */
export const session = signal<SessionState | null>(null);

/** The clock reading the Player should render with. */
export const sessionNow = signal(0);

/** A routine that was interrupted less than 30 minutes ago, offered on Home. */
export const resumeOffer = signal<SavedProgress | null>(null);

/** Starting something new replaces the old offer (the new session's progress overwrites it). */
export function dropResumeOffer(): void {
  resumeOffer.value = null;
}
