// Every screen in every language: axe finds nothing, and in the test-only pseudo-language (every
// word marked ⟦…⟧ and 40 % longer) no word is left outside the string layer and nothing is cut
// off or runs off a 320 or 390 px wide phone.
import { expect, type Page, test } from '@playwright/test';
import { insightsSample } from '../src/storage/sampleData';
import { expectNoViolations } from './support/axe';
import { clippedText, unmarkedText } from './support/languages';
import { seedRecords } from './support/storage';

const EVENING = new Date('2026-03-05T21:30:00+01:00');

interface Screen {
  name: string;
  open: (page: Page) => Promise<void>;
}

const go = (hash: string) => async (page: Page) => {
  await page.goto(`/${hash}`);
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
};

/** In order: the Player screens follow one routine from its start to Done. */
const SCREENS: Screen[] = [
  { name: 'Home', open: go('#/') },
  { name: 'History', open: go('#/history') },
  { name: 'Doctor summary', open: go('#/history/summary') },
  { name: 'Cramp diary', open: go('#/cramp') },
  { name: 'Learn', open: go('#/learn') },
  { name: 'Settings', open: go('#/settings') },
  { name: 'Routine preview', open: go('#/routine/bedtime-stretch') },
  { name: 'Routine editor', open: go('#/editor') },
  {
    name: 'Player, getting ready',
    open: async (page) => {
      await go('#/start/bedtime-stretch')(page);
      await page.getByRole('timer').waitFor();
    },
  },
  {
    name: 'Player, holding',
    open: async (page) => {
      await page.clock.runFor(10_000);
    },
  },
  {
    name: 'Player, paused',
    open: async (page) => {
      await page.locator('main').press(' ');
      await page.clock.runFor(500);
    },
  },
  {
    name: 'Done',
    open: async (page) => {
      await page.locator('main').press(' ');
      await page.clock.runFor(15 * 60 * 1000);
      await page.getByRole('button').first().waitFor();
    },
  },
  { name: 'Cramp relief', open: go('#/start/cramp-relief') },
];

async function withHistory(page: Page): Promise<void> {
  await page.clock.install({ time: EVENING });
  await page.goto('/');
  await page.locator('main h1').first().waitFor();
  const sample = insightsSample('2026-03-05', 60);
  await seedRecords(page, sample.completions, sample.cramps);
}

for (const tag of ['en-US', 'es-ES', 'de-DE', 'fr-FR', 'pt-BR']) {
  test.describe(`in ${tag}`, () => {
    // No service worker: its "works without internet" toast would fade in under axe.
    test.use({ locale: tag, timezoneId: 'Europe/Berlin', serviceWorkers: 'block' });
    test(`axe finds nothing on any screen (${tag})`, async ({ page }) => {
      test.setTimeout(120_000);
      await withHistory(page);
      for (const screen of SCREENS) {
        await screen.open(page);
        await expectNoViolations(page, `${screen.name} in ${tag}`);
      }
    });
  });
}

for (const size of [
  { width: 320, height: 568 },
  { width: 390, height: 844 },
]) {
  test.describe(`the pseudo-language at ${size.width} px`, () => {
    test.use({
      locale: 'en-XA',
      timezoneId: 'Europe/Berlin',
      viewport: size,
      serviceWorkers: 'block',
    });
    test(`no word outside the string layer and nothing cut off (${size.width} px)`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await withHistory(page);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
      const problems: string[] = [];
      for (const screen of SCREENS) {
        await screen.open(page);
        for (const text of await unmarkedText(page)) problems.push(`${screen.name}: ${text}`);
        for (const text of await clippedText(page)) problems.push(`${screen.name}: ${text}`);
      }
      expect(problems).toEqual([]);
    });
  });
}
