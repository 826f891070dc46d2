import { Howler } from 'howler';

/**
 * The cue sprite fetched and decoded ahead of the Start tap, so "get ready" can sound the moment
 * the tap makes the audio context. Decoding at the tap took 40-90 ms and the fetch 30-50 ms, all
 * of it after the first cue was due.
 *
 * It is decoded on an OfflineAudioContext: one opens no audio device, so it costs nothing on the
 * main thread (the real AudioContext blocks it for tens to hundreds of milliseconds and so waits
 * for the tap), and decodeAudioData runs off the main thread. A decoded AudioBuffer plays in any
 * context; one running at another rate resamples it as it plays.
 */

/** Opus decodes at 48 kHz, and most phones play at it: no resampling at either end. */
const DECODE_RATE = 48_000;

export const CUES_READY_MARK = 'nightstretch:cues-decoded';

let decoding: Promise<AudioBuffer> | null = null;
let decoded: AudioBuffer | null = null;

/** Fetches and decodes the sprite once; a failure is forgotten, so the next call tries again. */
export function loadCueSprite(baseUrl: string): Promise<AudioBuffer> {
  decoding ??= decodeSprite(baseUrl).then(
    (buffer) => {
      decoded = buffer;
      // A user-timing mark: the moment a tap can sound at once (tests and profiles read it).
      globalThis.performance?.mark?.(CUES_READY_MARK);
      return buffer;
    },
    (error: unknown) => {
      decoding = null;
      throw error;
    },
  );
  return decoding;
}

/** The decoded sprite, or null while it is still on its way. */
export function cueSprite(): AudioBuffer | null {
  return decoded;
}

async function decodeSprite(baseUrl: string): Promise<AudioBuffer> {
  // The same choice howler makes: Opus in WebM where the browser plays it, MP3 elsewhere.
  const format = Howler.codecs('webm') ? 'webm' : 'mp3';
  const response = await fetch(`${baseUrl}audio/cues.${format}`);
  if (!response.ok) throw new Error(`audio/cues.${format} answered ${response.status}`);
  const bytes = await response.arrayBuffer();
  const decoder = decoderContext();
  if (!decoder) throw new Error('no Web Audio to decode the cue sounds with');
  // The callback form: older Safari has no promise from decodeAudioData.
  return new Promise((resolve, reject) => {
    decoder.decodeAudioData(bytes, resolve, reject);
  });
}

/** An offline context; where there is none, the live one once a tap has made it. */
function decoderContext(): BaseAudioContext | null {
  if (typeof OfflineAudioContext === 'function') {
    return new OfflineAudioContext(1, 1, DECODE_RATE);
  }
  return Howler.usingWebAudio ? Howler.ctx : null;
}
