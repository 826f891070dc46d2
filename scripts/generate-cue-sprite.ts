// Generates the cue sound sprite: `npx tsx scripts/generate-cue-sprite.ts`.
// Synthesises the sounds in scripts/audio/cueSounds.ts, encodes them with ffmpeg (Debian:
// `apt-get install ffmpeg`) to WebM/Opus and MP3 in public/audio/, and writes the sprite map to
// src/audio/cueSprite.ts. The outputs are committed, so building the app never needs ffmpeg.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CUE_SOUNDS } from './audio/cueSounds';
import { renderSprite, SAMPLE_RATE, wavBytes } from './audio/synth';

const OUT_DIR = 'public/audio';
const SPRITE_MODULE = 'src/audio/cueSprite.ts';
/** Both files together must stay under this (the issue's budget). */
const MAX_TOTAL_BYTES = 60 * 1024;

const sprite = renderSprite(CUE_SOUNDS);
const work = mkdtempSync(join(tmpdir(), 'cue-sprite-'));
try {
  const wav = join(work, 'cues.wav');
  writeFileSync(wav, wavBytes(sprite.samples, SAMPLE_RATE));
  // Bit-exact flags and no metadata keep the encoded files identical from run to run.
  const common = ['-y', '-loglevel', 'error', '-i', wav, '-map_metadata', '-1', '-ac', '1'];
  const exact = ['-fflags', '+bitexact', '-flags:a', '+bitexact'];
  execFileSync('ffmpeg', [
    ...common,
    ...exact,
    '-c:a',
    'libopus',
    '-b:a',
    '20k',
    '-application',
    'audio',
    join(OUT_DIR, 'cues.webm'),
  ]);
  execFileSync('ffmpeg', [
    ...common,
    ...exact,
    '-c:a',
    'libmp3lame',
    '-b:a',
    '32k',
    '-ar',
    '22050',
    join(OUT_DIR, 'cues.mp3'),
  ]);
} finally {
  rmSync(work, { recursive: true, force: true });
}

const names = Object.keys(sprite.slots);
writeFileSync(
  SPRITE_MODULE,
  `// Written by scripts/generate-cue-sprite.ts; do not edit by hand.
/** Where each cue sound sits in public/audio/cues.{webm,mp3}: [offset ms, duration ms]. */
export const CUE_SPRITE = ${JSON.stringify(sprite.slots)} as const satisfies Record<string, [number, number]>;

export type CueSoundName = ${names.map((name) => `'${name}'`).join(' | ')};
`,
);
execFileSync('npx', ['biome', 'format', '--write', SPRITE_MODULE]);

const sizes = ['cues.webm', 'cues.mp3'].map((file) => statSync(join(OUT_DIR, file)).size);
const total = sizes.reduce((sum, size) => sum + size, 0);
console.log(`cues.webm ${sizes[0]} B, cues.mp3 ${sizes[1]} B, total ${total} B`);
if (total > MAX_TOTAL_BYTES) {
  console.error(`the sprite files are over ${MAX_TOTAL_BYTES} bytes together`);
  process.exitCode = 1;
}
