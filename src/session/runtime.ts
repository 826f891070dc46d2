// The part of the app a session needs: the player and engine, audio, speech, vibration, wake
// lock, lock-screen controls and saved progress. Loaded in its own chunk right after first paint.

import { whenIdle } from '../shell/idle';
import { clock } from '../shell/services';
import { preloadAudio } from './audio';
import { player } from './playerInstance';
import { loadResumeOffer } from './savedSession';
import { checkOtherPlayer, installSessionEffects, sessionChanged } from './sessionEffects';

export { fullRoutine } from '../routines/fullRoutines';
export { playSample, soundBlocked, unlockAudio } from './audio';
export { player } from './playerInstance';
// Home's "carry on" cards: there is nothing to show before the runtime knows of a session.
export { ResumeCard } from './ResumeCard';

/**
 * Wires the runtime to the player once; catches up with a session already under way. The audio
 * context is not made here: creating one costs hundreds of milliseconds on some phones, so it
 * waits for the Start tap (or the first cue). The cue tones are decoded ahead, in the next idle
 * moment, so that tap only starts the context and plays.
 */
export function attach(): void {
  installSessionEffects(player, clock.now);
  whenIdle(preloadAudio);
  const current = player.session.peek();
  if (current) sessionChanged(player, current, null, clock.now());
  // The other tab's lock is looked at first, so its save is never offered here while it plays.
  void checkOtherPlayer().then(loadResumeOffer, loadResumeOffer);
}
