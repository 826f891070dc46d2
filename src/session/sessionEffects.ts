import { progressOf } from '../engine/progress';
import type { SessionState } from '../engine/session';
import { isRelief } from '../engine/timeline';
import { t } from '../i18n/i18n';
import { setMediaActions, setPlaybackState, showNowPlaying } from '../platform/mediaSession';
import { onPageHide, onVisibilityChange } from '../platform/visibility';
import { refreshWakeLock } from '../platform/wakeLock';
import { database, reportStorageError } from '../shell/database';
import { clearActiveSession, saveActiveSession } from '../storage/activeSession';
import { playCurrentCueQuietly, resumeAudio, setAudioSessionActive } from './audio';
import { noteBack, noteHidden } from './away';
import type { PlayerController } from './player';
import { claimPlayer, releasePlayer, watchOtherPlayer } from './playerLock';
import { loadResumeOffer } from './savedSession';

// What a session does to the world around it: wake lock, lock-screen controls, saved progress
// and the audio context. It reacts to state changes and sends only the player's own events.

function saveProgress(state: SessionState, now: number): void {
  const progress = progressOf(state, now);
  const owner = { routineId: state.timeline.routineId, startedAt: state.startedAt };
  void database()
    .then((db) => (progress ? saveActiveSession(db, progress) : clearActiveSession(db, owner)))
    .catch(reportStorageError);
}

/** Looks again whether another tab plays; when it stops, its save may be offered here. */
export function checkOtherPlayer(): Promise<boolean> {
  return watchOtherPlayer(() => void loadResumeOffer());
}

/** Another tab started a routine: this one stops (its save is left alone) and says so. */
function takenOver(player: PlayerController): void {
  player.dispatch({ type: 'stop' });
  player.clear();
  void checkOtherPlayer();
}

const inProgress = (state: SessionState | null): state is SessionState =>
  state?.status === 'running' || state?.status === 'paused';

/** Catches up when the page comes back into view; saves progress when it goes away. */
export function installSessionEffects(player: PlayerController, now: () => number): void {
  onVisibilityChange((visible) => {
    const state = player.session.peek();
    if (visible) {
      player.wake();
      resumeAudio();
      refreshWakeLock();
      if (!inProgress(state)) void checkOtherPlayer();
      const current = player.session.peek();
      if (current && noteBack(current, now())) playCurrentCueQuietly(current, now());
    } else if (inProgress(state)) {
      noteHidden(state, now());
      saveProgress(state, now());
    }
  });
  onPageHide(() => {
    const state = player.session.peek();
    if (inProgress(state)) saveProgress(state, now());
  });
}

/** Called on every meaningful change: a new segment, pause, resume, the end. */
export function sessionChanged(
  player: PlayerController,
  state: SessionState,
  previous: SessionState | null,
  now: number,
): void {
  saveProgress(state, now);
  const active = inProgress(state);
  setAudioSessionActive(active);
  if (active) claimPlayer(() => takenOver(player));
  else releasePlayer();
  if (!active) {
    showNowPlaying(null);
    setMediaActions(null);
    setPlaybackState('none');
    return;
  }
  if (previous === null || previous.timeline !== state.timeline) {
    // In cramp relief the headphones' or lock screen's pause button says the cramp has eased.
    const relief = isRelief(state.timeline);
    setMediaActions({
      play: () => player.dispatch({ type: 'resume' }),
      pause: () => player.dispatch({ type: relief ? 'eased' : 'pause' }),
      previous: () => player.dispatch({ type: 'back' }),
      next: () => player.dispatch({ type: 'skip' }),
    });
  }
  const segment = state.timeline.segments[state.segmentIndex];
  const step = segment ? state.timeline.steps[segment.stepIndex] : undefined;
  if (step) {
    showNowPlaying({
      title: isRelief(state.timeline)
        ? step.name
        : t('session.mediaTitle', { stretch: step.name, side: step.side }),
      artist: state.timeline.routineName,
      album: 'Nightstretch',
      artworkUrl: `${import.meta.env.BASE_URL}artwork.svg`,
    });
  }
  setPlaybackState(state.status === 'running' ? 'playing' : 'paused');
}
