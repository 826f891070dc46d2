/**
 * iOS 17+ (Audio Session API): 'playback' lets cues sound even with the silent switch on.
 * Elsewhere the property does not exist and nothing happens.
 */
interface AudioSessionLike {
  type: string;
}

export function preferPlaybackAudioSession(): void {
  const audioSession = (navigator as Navigator & { audioSession?: AudioSessionLike }).audioSession;
  if (!audioSession) return;
  try {
    audioSession.type = 'playback';
  } catch {}
}
