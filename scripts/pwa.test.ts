import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ICONS, icoFromPngs } from './icons';
import { pngInfo } from './png-info';
import { NIGHT_COLOUR, webAppManifest } from './pwa-manifest';
import { CONTENT_SECURITY_POLICY, inlineCodeIn } from './vite-plugin-app-shell';
import { loadRoutines } from './vite-plugin-routines';

describe('the web app manifest', () => {
  const manifest = webAppManifest('routines');

  it('is complete, night-coloured and relative to where it is hosted', () => {
    expect(manifest).toMatchObject({
      name: 'Nightstretch',
      short_name: 'Nightstretch',
      start_url: './',
      scope: './',
      display: 'standalone',
      orientation: 'portrait',
      theme_color: NIGHT_COLOUR,
      background_color: NIGHT_COLOUR,
    });
    expect(manifest.description).toBeTruthy();
    expect(manifest.categories).toContain('health');
    for (const icon of manifest.icons ?? []) expect(icon.src).not.toMatch(/^\//);
  });

  it('has shortcuts that start existing routines', () => {
    const ids = loadRoutines('routines').map((routine) => routine.id);
    const shortcuts = manifest.shortcuts ?? [];
    expect(shortcuts.map((shortcut) => shortcut.name)).toEqual(['Bedtime stretch', 'Cramp relief']);
    for (const shortcut of shortcuts) {
      const id = shortcut.url.replace('./#/start/', '');
      expect(ids).toContain(id);
    }
  });

  it('lists icons of 192 and 512 px and a maskable one, matching the committed files', () => {
    const icons = manifest.icons ?? [];
    expect(icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of icons) {
      const info = pngInfo(readFileSync(`public/${icon.src}`));
      expect(`${info.width}x${info.height}`).toBe(icon.sizes);
    }
  });
});

describe('the generated icons', () => {
  it('are all committed at their sizes; full-bleed ones are opaque', () => {
    for (const icon of ICONS) {
      const info = pngInfo(readFileSync(`public/icons/${icon.file}`));
      expect(info.width, icon.file).toBe(icon.size);
      expect(info.height, icon.file).toBe(icon.size);
      if (!icon.rounded) expect(info.mayBeTransparent, icon.file).toBe(false);
    }
  });

  it('pack PNGs into a valid .ico', () => {
    const png = readFileSync('public/icons/icon-192.png');
    const ico = icoFromPngs([{ size: 192, png }]);
    expect(ico.readUInt16LE(2)).toBe(1);
    expect(ico.readUInt16LE(4)).toBe(1);
    expect(ico.readUInt8(6)).toBe(192);
    expect(ico.readUInt32LE(14)).toBe(png.length);
    expect(ico.subarray(22).equals(png)).toBe(true);
    expect(readFileSync('public/favicon.ico').readUInt16LE(4)).toBe(3);
  });
});

describe('the app shell policy', () => {
  it('allows nothing but our own origin, apart from audio from blob: and data:', () => {
    const sources = CONTENT_SECURITY_POLICY.split('; ').flatMap((directive) =>
      directive.split(' ').slice(1),
    );
    expect(new Set(sources)).toEqual(new Set(["'self'", "'none'", 'blob:', 'data:']));
    expect(CONTENT_SECURITY_POLICY).toContain("media-src 'self' blob: data:");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
  });

  it('finds inline code and other origins in HTML', () => {
    expect(inlineCodeIn('<script type="module" src="/a.js"></script>')).toEqual([]);
    expect(inlineCodeIn('<script>alert(1)</script>')).toHaveLength(1);
    expect(inlineCodeIn('<button onclick="x()">')).toEqual(['inline onclick attribute']);
    expect(inlineCodeIn('<p style="color:red">')).toEqual(['inline style attribute']);
    expect(inlineCodeIn('<style>p{}</style>')).toEqual(['inline <style> element']);
    expect(inlineCodeIn('<link href="https://fonts.example/x.css">')).toEqual([
      'a URL on another origin',
    ]);
  });
});
