// npm run screenshots: builds the app if it is out of date, serves the production build and
// saves a PNG of every screen at 390 × 844 in the night theme into docs/screenshots/.
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from '@playwright/test';
import { preview } from 'vite';
import { seedRecords } from '../e2e/support/storage';
import { insightsSample } from '../src/storage/sampleData';

const PORT = Number(process.env.SCREENSHOT_PORT ?? process.env.PORT ?? 4191);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const OUT = 'docs/screenshots';
/** A fixed evening (UTC, with the browser in UTC), so Home greets the same way every run. */
const EVENING = new Date('2026-11-24T21:30:00Z');

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

function buildIfNeeded(): void {
  const built = 'dist/index.html';
  const sources = ['src', 'routines', 'public', 'index.html', 'vite.config.ts'].filter(existsSync);
  if (existsSync(built) && statSync(built).mtimeMs > Math.max(...sources.map(newestChange))) return;
  execSync('npx vite build', { stdio: 'inherit' });
}

async function freshPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.clock.install({ time: EVENING });
  return page;
}

/** Moves the ring's CSS animations to where the fake clock says the segment is. */
async function settleRing(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const animation of document.getAnimations()) animation.pause();
  });
}

/**
 * The Player in every phase as a tired person sees it on the first screen (no scrolling): on a
 * 320 x 568 phone, and at 390 x 844 with text at 200 %.
 */
async function shootPhases(
  browser: Browser,
  base: string,
  variant: { name: string; width: number; height: number; largeText: boolean },
): Promise<void> {
  const context = await browser.newContext({
    baseURL: base,
    viewport: { width: variant.width, height: variant.height },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
    colorScheme: 'dark',
    timezoneId: 'UTC',
    serviceWorkers: 'block',
    reducedMotion: 'reduce',
  });
  const page = await freshPage(context);
  await page.goto('/');
  await page.locator('main h1').first().waitFor();
  if (variant.largeText) {
    await page.evaluate(() =>
      document.documentElement.style.setProperty('font-size', '225%', 'important'),
    );
  }
  await page.getByRole('button', { name: 'Start Bedtime stretch' }).click();
  await page.getByRole('timer').waitFor();
  const phases: [string, number, () => Promise<void>][] = [
    ['1-get-ready', 2_000, async () => {}],
    ['2-hold', 10_000, async () => {}],
    ['3-rest', 30_000, async () => {}],
    ['4-switch-sides', 36_000, async () => {}],
    ['5-paused', 10_000, () => page.getByRole('button', { name: 'Pause' }).click()],
  ];
  for (const [phase, runMs, act] of phases) {
    await page.clock.runFor(runMs);
    await act();
    await settleRing(page);
    const path = join(OUT, `player-${variant.name}-${phase}.png`);
    await page.screenshot({ path });
    console.log(`  ${path}`);
  }
  await context.close();
}

async function shoot(page: Page, name: string): Promise<void> {
  // Let lazily loaded screens and drawings arrive and fonts settle.
  await page.waitForLoadState('networkidle');
  await page.locator('main h1').first().waitFor();
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
  console.log(`  ${name}.png`);
}

function contextOptions(baseURL: string): BrowserContextOptions {
  return {
    baseURL,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
    colorScheme: 'dark',
    timezoneId: 'UTC',
    serviceWorkers: 'block',
  };
}

/** Done when tonight does not count yet, and cramp relief, on a phone with no nights yet. */
async function shootFirstNight(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByText('Time for your stretch').waitFor();
  await page.getByRole('button', { name: 'Start Quick wind-down' }).click();
  await page.getByRole('timer').waitFor();
  await page.clock.runFor(8_000 + 30_000 + 500); // the first stretch held in full
  const ended = page.getByRole('heading', { name: 'Routine ended' });
  for (let step = 0; step < 10 && !(await ended.isVisible()); step++) {
    await page.getByRole('button', { name: 'Skip' }).click();
  }
  await shoot(page, '04-done-not-counted');

  // Cramp relief: the first step at once; then, not eased after the last step.
  await page.getByRole('button', { name: 'Back to home' }).click();
  await page.getByRole('button', { name: 'Start Cramp relief' }).click();
  await page.getByRole('button', { name: "It's eased" }).waitFor();
  await shoot(page, '12-cramp-relief');
  await page.clock.runFor(10 * 60_000);
  await page.getByRole('heading', { name: 'Still cramping?' }).waitFor();
  await shoot(page, '13-cramp-relief-not-eased');
}

/**
 * History's "Is it helping?" with twelve weeks of sample nights, in the night and dim red themes,
 * and the first page of the doctor summary as Chromium prints it (pdftoppm from poppler-utils).
 */
async function insightsShots(browser: Browser, base: string): Promise<void> {
  const context = await browser.newContext({
    baseURL: base,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
    colorScheme: 'dark',
    timezoneId: 'Europe/Berlin',
    locale: 'en-GB',
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.clock.install({ time: new Date('2026-03-05T21:30:00+01:00') });
  await page.goto('/');
  await page.getByRole('region', { name: 'Streak' }).waitFor();
  const sample = insightsSample('2026-03-05', 60);
  await seedRecords(page, sample.completions, sample.cramps);
  for (const [theme, label] of [
    ['night', /^Night/],
    ['red', /^Red/],
  ] as const) {
    await page.goto('/#/settings');
    await page.getByRole('radio', { name: label }).check();
    await page.goto('/#/history');
    const section = page.getByRole('region', { name: 'Is it helping?' });
    await section.getByRole('img').first().waitFor();
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: join(OUT, `19-history-insights-${theme}.png`) });
    console.log(`  19-history-insights-${theme}.png`);
  }
  await page.goto('/#/history/summary');
  await page.getByRole('table').nth(1).waitFor();
  await shoot(page, '20-doctor-summary-red');
  const pdf = join(tmpdir(), 'nightstretch-summary.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4' }));
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    pdf,
    join(OUT, '21-doctor-summary-pdf'),
  ]);
  console.log('  21-doctor-summary-pdf.png');
  await context.close();
}

async function main(): Promise<void> {
  buildIfNeeded();
  mkdirSync(OUT, { recursive: true });
  const server = await preview({ preview: { port: PORT, strictPort: true }, logLevel: 'warn' });
  const browser = await chromium.launch({
    executablePath: CHROME,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const base = `http://localhost:${PORT}/`;
  try {
    await insightsShots(browser, base);
    // `npm run screenshots -- insights` takes only those.
    if (process.argv.includes('insights')) return;
    const context = await browser.newContext(contextOptions(base));
    const page = await freshPage(context);
    await page.goto('/');
    await page.getByText('Time for your stretch').waitFor();
    await shoot(page, '01-home');

    await page.getByRole('link', { name: 'Bedtime stretch' }).click();
    await page.locator('.step-list svg').first().waitFor();
    await shoot(page, '02-routine-preview');

    await page.getByRole('button', { name: 'Start Bedtime stretch' }).click();
    await page.getByRole('timer').waitFor();
    await page.clock.runFor(8_000 + 12_000); // get ready, then 12 s into the first hold
    // The ring is a CSS animation on real time, which the fake clock does not move: set it to
    // the same 12 s, so the picture shows what a person would see.
    await page.evaluate(() => {
      for (const animation of document.getAnimations()) {
        animation.pause();
        animation.currentTime = 12_000;
      }
    });
    await shoot(page, '03-player-hold');

    await page.clock.runFor(20 * 60_000);
    await page.getByRole('heading', { name: /complete/i }).waitFor();
    await shoot(page, '04-done');

    for (const [route, name] of [
      ['#/settings', '05-settings'],
      ['#/learn', '06-learn'],
      ['#/editor', '09-routine-editor'],
      ['#/cramp', '10-log-a-cramp'],
    ] as const) {
      await page.goto(`/${route}`);
      await shoot(page, name);
    }
    // A cramp in the diary, for History's list and the screen that changes one.
    await page.getByRole('button', { name: 'Save cramp' }).click();
    await page.getByRole('heading', { name: 'Cramp logged' }).waitFor();

    await page.goto('/#/history');
    const heading = await page.locator('main h1').first().textContent();
    if (heading?.trim() === 'History') await shoot(page, '07-history');
    else console.log('  (no History screen yet: skipped)');

    await page.getByRole('link', { name: /^Change the cramp/ }).click();
    await page.getByRole('heading', { name: 'Change this cramp' }).waitFor();
    await shoot(page, '15-change-a-cramp');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: /^Delete Bedtime stretch/ }).click();
    await page.getByRole('button', { name: 'Undo' }).waitFor();
    await page.screenshot({ path: join(OUT, '16-history-undo.png') });
    console.log('  16-history-undo.png');
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Erase everything…' }).click();
    const erase = page.getByRole('region', { name: 'Erase everything on this phone' });
    await erase.getByLabel(/to confirm/).fill('erase');
    await erase.screenshot({ path: join(OUT, '17-erase-confirm.png') });
    await erase.getByRole('button', { name: 'Erase everything', exact: true }).click();
    await erase.getByText('Erased from this phone').waitFor();
    await erase.screenshot({ path: join(OUT, '18-erased.png') });
    console.log('  17-erase-confirm.png, 18-erased.png');

    // A bad cramp logged: the "Today" warning signs, said once.
    await page.goto('/#/cramp');
    await page.getByRole('radio', { name: '5', exact: true }).check();
    await page.getByRole('button', { name: 'Save cramp' }).click();
    await page.getByRole('heading', { name: 'Cramp logged' }).waitFor();
    await shoot(page, '11-severe-cramp-logged');

    // The other two themes, for comparison (chosen in Settings like a person would).
    for (const [theme, label] of [
      ['red', /^Red/],
      ['light', /^Light/],
    ] as const) {
      await page.goto('/#/settings');
      await page.getByRole('radio', { name: label }).click();
      // In the evening, Light asks before it brightens the screen.
      if (theme === 'light')
        await page.getByRole('button', { name: 'Yes, switch to Light' }).click();
      await page.goto('/');
      await shoot(page, `08-home-${theme}`);
    }
    await context.close();

    // A phone with no nights yet, for the screens that depend on tonight not counting.
    const fresh = await browser.newContext(contextOptions(base));
    await shootFirstNight(await freshPage(fresh));
    await fresh.close();

    await shootPhases(browser, base, { name: '320', width: 320, height: 568, largeText: false });
    await shootPhases(browser, base, { name: '200pct', width: 390, height: 844, largeText: true });
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

await main();
