import { progressOf } from '../engine/progress';
import type { SessionState } from '../engine/session';
import { setMediaActions, setPlaybackState, showNowPlaying } from '../platform/mediaSession';
import { onPageHide, onVisibilityChange } from '../platform/visibility';
import { keepScreenOn, refreshWakeLock } from '../platform/wakeLock';
import { settings } from '../settings/settings';
import { database, reportStorageError } from '../shell/database';
import { clearActiveSession, saveActiveSession } from '../storage/activeSession';
import { sideLabel } from '../ui/sideLabel';
import { playCurrentCueQuietly, resumeAudio, setAudioSessionActive } from './audio';
import { noteBack, noteHidden } from './away';
import type { PlayerController } from './player';

// What a session does to the world around it: wake lock, lock-screen controls, saved progress
// and the audio context. It reacts to state changes and sends only the player's own events.

function saveProgress(state: SessionState, now: number): void {
  const progress = progressOf(state, now);
  void database()
    .then((db) => (progress ? saveActiveSession(db, progress) : clearActiveSession(db)))
    .catch(reportStorageError);
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
  keepScreenOn(state.status === 'running' && settings.peek().keepAwake);
  if (!active) {
    showNowPlaying(null);
    setMediaActions(null);
    setPlaybackState('none');
    return;
  }
  if (previous === null || previous.timeline !== state.timeline) {
    setMediaActions({
      play: () => player.dispatch({ type: 'resume' }),
      pause: () => player.dispatch({ type: 'pause' }),
      previous: () => player.dispatch({ type: 'back' }),
      next: () => player.dispatch({ type: 'skip' }),
    });
  }
  const segment = state.timeline.segments[state.segmentIndex];
  const step = segment ? state.timeline.steps[segment.stepIndex] : undefined;
  if (step) {
    showNowPlaying({
      title: `${step.name} · ${sideLabel(step.side)}`,
      artist: state.timeline.routineName,
      album: 'Nightstretch',
      artworkUrl: `${import.meta.env.BASE_URL}artwork.svg`,
    });
  }
  setPlaybackState(state.status === 'running' ? 'playing' : 'paused');
}
