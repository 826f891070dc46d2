// npm run icons: renders assets/icon.svg, the one icon source, into every size the app and the
// manifest use, with the system Chromium (no image library needed). Commit the results.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from '@playwright/test';
import { FAVICON_SIZES, ICONS, icoFromPngs } from './icons.ts';

const SOURCE = 'assets/icon.svg';
const OUT_DIR = 'public/icons';
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

async function render(
  browser: Browser,
  dataUrl: string,
  size: number,
  rounded: boolean,
): Promise<Buffer> {
  const page = await browser.newPage({
    viewport: { width: size, height: size },
    deviceScaleFactor: 1,
  });
  const radius = rounded ? Math.round(size * 0.22) : 0;
  await page.setContent(
    `<html><body style="margin:0;background:transparent">` +
      `<img src="${dataUrl}" width="${size}" height="${size}" ` +
      `style="display:block;border-radius:${radius}px"></body></html>`,
  );
  await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
  const png = await page.screenshot({ omitBackground: rounded, type: 'png' });
  await page.close();
  return png;
}

async function main(): Promise<void> {
  const svg = readFileSync(SOURCE);
  const dataUrl = `data:image/svg+xml;base64,${svg.toString('base64')}`;
  mkdirSync(OUT_DIR, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox'] });
  try {
    for (const icon of ICONS) {
      const png = await render(browser, dataUrl, icon.size, icon.rounded);
      writeFileSync(join(OUT_DIR, icon.file), png);
      console.log(`wrote ${join(OUT_DIR, icon.file)} (${png.length} bytes)`);
    }
    const favicons = [];
    for (const size of FAVICON_SIZES) {
      favicons.push({ size, png: await render(browser, dataUrl, size, true) });
    }
    writeFileSync('public/favicon.ico', icoFromPngs(favicons));
    writeFileSync('public/favicon.svg', svg);
    console.log('wrote public/favicon.ico and public/favicon.svg');
  } finally {
    await browser.close();
  }
}

await main();
