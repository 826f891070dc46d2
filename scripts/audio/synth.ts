/**
 * Deterministic synthesis of the cue sounds: soft bell-like notes with a gentle attack and a
 * smooth release, mixed into one mono sprite. Pure maths, no randomness, so the same code always
 * gives the same samples.
 */

export const SAMPLE_RATE = 48_000;
/** Loudest sample allowed in the mix (about -7 dBFS): no clipping, nothing startling. */
export const PEAK = 0.45;
/** Silence kept before each sound in its sprite slot, so a decoder's start offset clips nothing. */
export const LEAD_MS = 40;
/**
 * Where playback starts inside a slot: 5 ms before the sound, not at the slot's start, so the
 * lead's silence does not make every cue 40 ms late at the speaker (the audio tap in
 * e2e/output.spec.ts measured it); the 5 ms cover a decoder that shifts the samples a little.
 */
export const PLAY_FROM_MS = LEAD_MS - 5;
/** Silence after each sound inside its slot. */
export const TAIL_MS = 60;

export interface Note {
  /** Hz */
  frequency: number;
  /** Seconds after the sound starts. */
  at: number;
  /** Seconds the note rings, release included. */
  length: number;
  /** Relative loudness, 0..1. */
  level: number;
}

export interface CueSoundSpec {
  name: string;
  notes: Note[];
}

const ATTACK_S = 0.025;
const RELEASE_S = 0.08;
/** Overtones of a soft struck tone: mostly the fundamental, a little octave and twelfth. */
const PARTIALS: ReadonlyArray<readonly [ratio: number, level: number]> = [
  [1, 1],
  [2, 0.22],
  [3, 0.06],
];

/** Raised-cosine ramp from 0 to 1 over `length` seconds: no click at either end. */
function smoothRamp(t: number, length: number): number {
  if (t <= 0) return 0;
  if (t >= length) return 1;
  return 0.5 - 0.5 * Math.cos((Math.PI * t) / length);
}

/** Gain of a note at `t` seconds into it: gentle attack, exponential decay, smooth release. */
export function envelope(t: number, length: number): number {
  if (t < 0 || t >= length) return 0;
  const decay = Math.exp((-3 * t) / length);
  return smoothRamp(t, ATTACK_S) * decay * smoothRamp(length - t, RELEASE_S);
}

function noteLengthSeconds(notes: Note[]): number {
  return Math.max(...notes.map((note) => note.at + note.length));
}

/** Renders one sound, unnormalised. */
export function renderSound(spec: CueSoundSpec, sampleRate = SAMPLE_RATE): Float64Array {
  const samples = new Float64Array(Math.ceil(noteLengthSeconds(spec.notes) * sampleRate));
  for (const note of spec.notes) {
    const first = Math.floor(note.at * sampleRate);
    const count = Math.ceil(note.length * sampleRate);
    for (let i = 0; i < count && first + i < samples.length; i++) {
      const t = i / sampleRate;
      const gain = envelope(t, note.length) * note.level;
      if (gain === 0) continue;
      let value = 0;
      for (const [ratio, level] of PARTIALS) {
        // Higher partials die away faster, as on a real struck bar.
        value +=
          level * Math.exp(-t * ratio * 2) * Math.sin(2 * Math.PI * note.frequency * ratio * t);
      }
      samples[first + i] = (samples[first + i] ?? 0) + gain * value;
    }
  }
  return samples;
}

export interface Sprite {
  samples: Float64Array;
  /** Howler sprite map: name -> [offset ms, duration ms], from PLAY_FROM_MS into the slot. */
  slots: Record<string, [number, number]>;
}

/** Lays the sounds one after another, each in a slot with silence around it, and normalises. */
export function renderSprite(specs: CueSoundSpec[], sampleRate = SAMPLE_RATE): Sprite {
  const rendered = specs.map((spec) => ({
    name: spec.name,
    samples: renderSound(spec, sampleRate),
  }));
  const leadSamples = Math.round((LEAD_MS / 1000) * sampleRate);
  const tailSamples = Math.round((TAIL_MS / 1000) * sampleRate);
  // Slots start on whole milliseconds so the sprite map is exact.
  const samplesPerMs = sampleRate / 1000;
  const slots: Record<string, [number, number]> = {};
  let offsetMs = 0;
  const placed: { at: number; samples: Float64Array }[] = [];
  for (const sound of rendered) {
    const slotSamples = leadSamples + sound.samples.length + tailSamples;
    const durationMs = Math.ceil(slotSamples / samplesPerMs);
    slots[sound.name] = [offsetMs + PLAY_FROM_MS, durationMs - PLAY_FROM_MS];
    placed.push({ at: offsetMs * samplesPerMs + leadSamples, samples: sound.samples });
    offsetMs += durationMs;
  }
  const mix = new Float64Array(offsetMs * samplesPerMs);
  for (const { at, samples } of placed) mix.set(samples, at);
  let loudest = 0;
  for (const value of mix) loudest = Math.max(loudest, Math.abs(value));
  const scale = loudest === 0 ? 0 : PEAK / loudest;
  for (let i = 0; i < mix.length; i++) mix[i] = (mix[i] ?? 0) * scale;
  return { samples: mix, slots };
}

/** 16-bit mono PCM WAV bytes for `samples` in -1..1. */
export function wavBytes(samples: Float64Array, sampleRate = SAMPLE_RATE): Uint8Array {
  const dataBytes = samples.length * 2;
  const buffer = new ArrayBuffer(44 + dataBytes);
  const view = new DataView(buffer);
  const text = (offset: number, value: string) => {
    for (let i = 0; i < value.length; i++) view.setUint8(offset + i, value.charCodeAt(i));
  };
  text(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, dataBytes, true);
  samples.forEach((value, index) => {
    const clamped = Math.max(-1, Math.min(1, value));
    view.setInt16(44 + index * 2, Math.round(clamped * 32767), true);
  });
  return new Uint8Array(buffer);
}
