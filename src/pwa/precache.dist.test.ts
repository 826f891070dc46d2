// Checks the production build in dist/ (run after `vite build`: npm run test:dist).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pngInfo } from '../../scripts/png-info';
import { inlineCodeIn } from '../../scripts/vite-plugin-app-shell';
import { loadRoutines } from '../../scripts/vite-plugin-routines';
import { LANGUAGES } from '../engine/languages';

const DIST = 'dist';
const built = existsSync(join(DIST, 'sw.js'));
if (!built)
  console.warn('dist/sw.js is missing: run `npm run build` first; skipping the build checks.');

/** Every file under a folder, as paths relative to it with forward slashes. */
function filesUnder(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(directory, name)).isFile())
    .map((name) => name.split('\\').join('/'));
}

function precached(): string[] {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  return [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((match) => match[1] ?? '');
}

describe.skipIf(!built)('the production build (dist/)', () => {
  const list = built ? precached() : [];
  const distFiles = filesUnder(DIST);

  it('precaches every file the app can use, once', () => {
    // Only the worker itself (and its workbox runtime, which it imports) and robots.txt
    // (for crawlers, never used by the app) are left out.
    const servedToPages = distFiles.filter(
      (file) =>
        file !== 'sw.js' &&
        file !== 'robots.txt' &&
        !/^workbox-[\w-]+\.js$/.test(file) &&
        !file.endsWith('.map'),
    );
    expect([...list].sort()).toEqual([...servedToPages].sort());
    expect(new Set(list).size).toBe(list.length);
  });

  it('gives every precached file a content revision, hashed name or not', () => {
    // Vite can emit changed bytes under an unchanged hashed name; a null revision would let an
    // installed app keep the old copy after an update.
    const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
    const revisions = [...sw.matchAll(/\{url:"[^"]+",revision:("[0-9a-f]{32}"|null)\}/g)];
    expect(revisions).toHaveLength(list.length);
    expect(revisions.filter((match) => match[1] === 'null')).toEqual([]);
  });

  it('precaches the app shell, every script and style, and the manifest', () => {
    expect(list).toContain('index.html');
    expect(list).toContain('manifest.webmanifest');
    const scripts = distFiles.filter((file) => file.endsWith('.js') && file.startsWith('assets/'));
    const styles = distFiles.filter((file) => file.endsWith('.css'));
    expect(scripts.length).toBeGreaterThan(0);
    expect(styles.length).toBeGreaterThan(0);
    for (const file of [...scripts, ...styles]) expect(list).toContain(file);
  });

  it("precaches every language's words, so a change of language works offline", () => {
    for (const language of LANGUAGES)
      for (const group of ['first', 'rest'])
        expect(
          list.filter((file) =>
            new RegExp(`^assets/messages-${language}-${group}-[\\w-]+\\.js$`).test(file),
          ),
          `${language} ${group}`,
        ).toHaveLength(1);
  });

  it('serves the app shell for every navigation, from the cache', () => {
    const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
    // The minifier renames the workbox namespace, so match any identifier.
    expect(sw).toMatch(/NavigationRoute\(\w+\.createHandlerBoundToURL\("index\.html"\)\)/);
    // Nothing is fetched at run time by a caching strategy of its own.
    expect(sw).not.toMatch(
      /NetworkFirst|StaleWhileRevalidate|CacheFirst|registerRoute\(\/|runtimeCaching/,
    );
  });

  it('has every routine inside a precached script (routines are bundled, never fetched)', () => {
    const scripts = list.filter((file) => file.endsWith('.js'));
    const code = scripts
      .map((file) => readFileSync(join(DIST, file), 'utf8'))
      .join('\n')
      .replaceAll('\\xA0', '\u00a0'); // the build writes French no-break spaces as \xA0
    const quoted = (text: string) => ['"', "'", '`'].some((q) => code.includes(`${q}${text}${q}`));
    for (const routine of loadRoutines('routines')) {
      expect(quoted(routine.id), `routine id ${routine.id} in the scripts`).toBe(true);
      for (const step of routine.steps) {
        for (const [language, instruction] of Object.entries(step.instruction)) {
          expect(
            quoted(instruction),
            `${routine.id}: ${step.id} (${language}) in the scripts`,
          ).toBe(true);
        }
      }
    }
  });

  it('precaches every audio file in every format', () => {
    const audio = filesUnder('public/audio');
    if (audio.length === 0) console.info('public/audio holds no files yet: nothing to check.');
    for (const file of audio) expect(list).toContain(`audio/${file}`);
  });

  it('precaches every icon in the manifest, the apple-touch-icon and the favicons', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8')) as {
      icons: { src: string }[];
      shortcuts: { icons?: { src: string }[] }[];
    };
    const icons = [
      ...manifest.icons.map((icon) => icon.src),
      ...manifest.shortcuts.flatMap((shortcut) => shortcut.icons?.map((icon) => icon.src) ?? []),
    ];
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const base = process.env.BASE_PATH ?? '/';
    const linked = [...html.matchAll(/<link rel="(?:icon|apple-touch-icon)" href="([^"]+)"/g)].map(
      (match) => (match[1] ?? '').slice(base.length),
    );
    expect(linked).toHaveLength(3);
    for (const src of [...icons, ...linked]) {
      expect(list).toContain(src);
    }
  });

  it('keeps the apple-touch-icon opaque at 180 px', () => {
    const info = pngInfo(readFileSync(join(DIST, 'icons/apple-touch-icon-180.png')));
    expect(info).toEqual({ width: 180, height: 180, mayBeTransparent: false });
  });

  it('has no inline script or style in index.html, and the strict policy', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    expect(inlineCodeIn(html)).toEqual([]);
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self';/,
    );
  });

  it('lists only files that exist', () => {
    for (const file of list) expect(existsSync(join(DIST, file)), file).toBe(true);
  });
});
