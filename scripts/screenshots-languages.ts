// npm run screenshots:languages: Home and the Player (mid-hold) in every language, as a phone set
// to that language opens them, at 390 x 844 (and 320 x 568 for the longest words), into
// docs/screenshots/languages/. Run `npm run build` first.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';

const PORT = Number(process.env.SCREENSHOT_PORT ?? process.env.PORT ?? 4192);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const OUT = 'docs/screenshots/languages';
const EVENING = new Date('2026-11-24T21:30:00Z');
const PHONES: { language: string; tag: string }[] = [
  { language: 'en', tag: 'en-US' },
  { language: 'es', tag: 'es-ES' },
  { language: 'de', tag: 'de-DE' },
  { language: 'fr', tag: 'fr-FR' },
  { language: 'pt-BR', tag: 'pt-BR' },
];
const SIZES = [
  { suffix: '', width: 390, height: 844 },
  { suffix: '-320', width: 320, height: 568 },
];

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('main h1').first().waitFor();
  await page.evaluate(() => {
    for (const animation of document.getAnimations()) animation.pause();
  });
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await preview({ preview: { port: PORT, strictPort: true }, logLevel: 'warn' });
  const browser = await chromium.launch({
    executablePath: CHROME,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    for (const { language, tag } of PHONES) {
      for (const size of SIZES) {
        const context = await browser.newContext({
          baseURL: `http://localhost:${PORT}/`,
          viewport: { width: size.width, height: size.height },
          deviceScaleFactor: 1,
          isMobile: true,
          hasTouch: true,
          colorScheme: 'dark',
          timezoneId: 'UTC',
          locale: tag,
          serviceWorkers: 'block',
        });
        const page = await context.newPage();
        await page.clock.install({ time: EVENING });
        await page.goto('/');
        await settle(page);
        await page.screenshot({ path: join(OUT, `${language}-home${size.suffix}.png`) });
        // A link that starts the usual routine, as a home-screen shortcut does.
        await page.goto('/#/start/bedtime-stretch');
        await page.getByRole('timer').waitFor();
        await page.clock.runFor(12_000); // past "get ready", into the first hold
        await settle(page);
        await page.screenshot({ path: join(OUT, `${language}-player${size.suffix}.png`) });
        console.log(`  ${language}${size.suffix}: home, player`);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

await main();
