// The part of the app a session needs: the player and engine, audio, speech, vibration, wake
// lock, lock-screen controls and saved progress. Loaded in its own chunk right after first paint.
import { player } from './playerInstance';
import { loadResumeOffer } from './savedSession';
import { clock } from './services';
import { installSessionEffects, sessionChanged } from './sessionEffects';

// Home's "carry on" cards: there is nothing to show before the runtime knows of a session.
export { ResumeCard } from '../components/ResumeCard';
export { soundBlocked, unlockAudio } from './audio';
export { fullRoutine } from './fullRoutines';
export { player } from './playerInstance';
export { discardSavedSession } from './savedSession';

/**
 * Wires the runtime to the player once; catches up with a session already under way. Audio is
 * not set up here: creating an AudioContext costs hundreds of milliseconds on some phones, so it
 * waits for the Start tap (or the first cue).
 */
export function attach(): void {
  installSessionEffects(player, clock.now);
  const current = player.session.peek();
  if (current) sessionChanged(player, current, null, clock.now());
  void loadResumeOffer();
}
