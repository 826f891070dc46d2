// The part of the app a session needs beyond the engine: audio, speech, vibration, wake lock,
// lock-screen controls and saved progress. Loaded in its own chunk right after first paint.
import type { SessionState } from '../engine/session';
import { playCues, prepareAudio } from './audio';
import { loadResumeOffer } from './savedSession';
import { clock, player } from './services';
import { installSessionEffects, sessionChanged } from './sessionEffects';

export { soundBlocked, unlockAudio } from './audio';
export { discardSavedSession } from './savedSession';
export { playCues };

export function onSessionChange(state: SessionState, previous: SessionState | null): void {
  sessionChanged(player, state, previous, clock.now());
}

/** Wires the runtime to the player once; catches up with a session already under way. */
export function attach(): void {
  installSessionEffects(player, clock.now);
  prepareAudio();
  const current = player.session.peek();
  if (current) onSessionChange(current, null);
  void loadResumeOffer();
}
