import { effect, signal } from '@preact/signals';
import { type CueOutputs, createCueOutputs, loadCueSprite } from '../audio';
import type { Cue, SessionState } from '../engine/session';
import { enterCue } from '../engine/sessionCues';
import { chooseAudioSession } from '../platform/audioSession';
import { settings } from '../settings/settings';

/** True when sound is on but the browser keeps the audio stopped until the person taps. */
export const soundBlocked = signal(false);

let outputs: CueOutputs | null = null;
let sessionActive = false;
let blockedCheck: ReturnType<typeof setTimeout> | undefined;

/**
 * Fetches and decodes the cue tones ahead of the Start tap (with no audio device and off the main
 * thread), so the first cue sounds as the tap makes the audio context: now if sound is on, else
 * once it is turned on. Call once.
 */
export function preloadAudio(): void {
  effect(() => {
    if (!settings.value.sound) return;
    loadCueSprite(import.meta.env.BASE_URL).catch((error: unknown) => {
      // The first tone asked for tries again.
      console.warn("Nightstretch: the cue sounds didn't load ahead", error);
    });
  });
}

/** Creates the cue player (and so the audio context: call it inside a tap where there is one). */
export function prepareAudio(): void {
  if (outputs) return;
  effect(() => chooseAudioSession(settings.value.playOverMusic));
  const created = createCueOutputs(import.meta.env.BASE_URL, settings.peek().volume);
  created.onAudioStateChange(checkBlocked);
  effect(() => created.setVolume(settings.value.volume));
  outputs = created;
}

/** Asks the person to tap only if a resume attempt has not started the audio within a second. */
function checkBlocked(): void {
  clearTimeout(blockedCheck);
  const stuck = () =>
    sessionActive &&
    settings.peek().sound &&
    outputs !== null &&
    outputs.audioState() !== 'running';
  if (!stuck()) {
    soundBlocked.value = false;
    return;
  }
  // A call or an alarm may have interrupted the audio: try to start it again by ourselves first.
  if (document.visibilityState === 'visible') outputs?.resume();
  blockedCheck = setTimeout(() => {
    soundBlocked.value = stuck() && outputs?.audioState() !== 'unavailable';
  }, 1000);
}

/** Call inside a tap (Start, Resume, "Tap to turn sound on"): browsers start audio only then. */
export function unlockAudio(): void {
  prepareAudio();
  outputs?.unlock();
  checkBlocked();
}

/** The page is visible again: a context the system suspended or interrupted starts again. */
export function resumeAudio(): void {
  if (!outputs) return;
  const state = outputs.audioState();
  if (state === 'suspended' || state === 'interrupted') outputs.resume();
  checkBlocked();
}

export function setAudioSessionActive(active: boolean): void {
  sessionActive = active;
  if (!active) outputs?.silence();
  checkBlocked();
}

/** The session (by its start time) whose first tone has sounded: only that tone fades in. */
let fadedInFor: number | null = null;

/** Plays one cue tone at the set volume (Settings' "Play a sample"); call inside a tap. */
export function playSample(): void {
  unlockAudio();
  outputs?.sample();
}

/** Sounds a cue the engine handed out (it hands out at most one at a time, never a pile-up). */
export function playCues(cues: Cue[], state: SessionState): void {
  const newest = cues.at(-1);
  if (!newest) return;
  // Sound is set up by the Start tap; a session that began without one (a shortcut, a resume)
  // sets it up here, and the blocked check offers "Tap to turn sound on" if needed.
  prepareAudio();
  if (!outputs) return;
  const first = fadedInFor !== state.startedAt;
  if (outputs.play(newest, state.timeline, settings.peek(), { gentle: first })) {
    fadedInFor = state.startedAt;
  }
  if (settings.peek().sound && outputs.audioState() !== 'running') checkBlocked();
}

/** Back after a long absence: the cue of the segment now going sounds once, softly. */
export function playCurrentCueQuietly(state: SessionState, now: number): void {
  prepareAudio();
  outputs?.play(
    enterCue(state.timeline, state.segmentIndex, now),
    state.timeline,
    settings.peek(),
    {
      quiet: true,
    },
  );
}
