/**
 * The Audio Session API (Safari on iOS 17+) decides how our cues meet other audio:
 * - 'playback' sounds even with the ring/silent switch on, but pauses the person's music;
 * - 'ambient' plays over the music, and the silent switch mutes it.
 * Elsewhere the property does not exist and nothing happens (Chrome on Android already plays
 * Web Audio over music).
 */
interface AudioSessionLike {
  type: string;
}

function audioSession(): AudioSessionLike | undefined {
  return (navigator as Navigator & { audioSession?: AudioSessionLike }).audioSession;
}

/** Whether this browser lets the page choose between the two (so the setting is worth showing). */
export function canChooseAudioMixing(): boolean {
  return typeof navigator !== 'undefined' && audioSession() !== undefined;
}

export function chooseAudioSession(playOverMusic: boolean): void {
  const session = audioSession();
  if (!session) return;
  try {
    session.type = playOverMusic ? 'ambient' : 'playback';
  } catch {}
}
