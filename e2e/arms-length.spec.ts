import { expect, type Page, test } from '@playwright/test';
import { openHomeWithFrozenClock, startRoutine } from './playerHelpers';
import {
  coveredPoints,
  insideViewport,
  labelsBrokenInsideAWord,
  lineCountOf,
  setLargeText,
  sidewaysOverflow,
} from './support/layout';

// The Player and Home at arm's length: small phones, large text, every phase.
test.use({ reducedMotion: 'reduce' });

const SIZES = [
  { width: 320, height: 568 },
  { width: 390, height: 844 },
];

async function expectReadable(page: Page, where: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  expect(await sidewaysOverflow(page), `sideways scroll on ${where}`).toBeLessThanOrEqual(0);
  expect(await labelsBrokenInsideAWord(page), `labels broken inside a word on ${where}`).toEqual(
    [],
  );
}

async function expectPlayerReadable(page: Page, phase: string, where: string): Promise<void> {
  await expect(page.locator('.player .phase')).toHaveText(phase);
  await expectReadable(page, where);
  const pause = page.getByRole('button', { name: /^(Pause|Resume)$/ });
  const stop = page.getByRole('button', { name: 'Stop', exact: true });
  expect(await insideViewport(pause), `Pause on screen, ${where}`).toBe(true);
  expect(await insideViewport(stop), `Stop on screen, ${where}`).toBe(true);
  const timer = page.getByRole('timer', { name: 'Seconds left' });
  expect(await lineCountOf(timer), `countdown on one line, ${where}`).toBe(1);
  expect(await insideViewport(timer), `countdown on screen, ${where}`).toBe(true);
}

for (const size of SIZES) {
  for (const large of [false, true]) {
    const label = `${size.width}x${size.height}, ${large ? '200 %' : '100 %'} text`;
    test(`Home and the Player in every phase hold at ${label}`, async ({ page }) => {
      test.slow();
      await page.setViewportSize(size);
      await openHomeWithFrozenClock(page);
      await setLargeText(page, large);
      await expectReadable(page, `Home, ${label}`);

      await startRoutine(page, 'Bedtime stretch');
      await page.clock.runFor(1_000);
      await expectPlayerReadable(page, 'Get ready', `get ready, ${label}`);
      await page.clock.runFor(8_000);
      await expectPlayerReadable(page, 'Hold 1 of 2', `hold, ${label}`);
      await page.clock.runFor(30_000);
      await expectPlayerReadable(page, 'Relax', `rest, ${label}`);
      await page.clock.runFor(5_000 + 31_000);
      await expectPlayerReadable(page, 'Switch sides', `switch sides, ${label}`);
      await page.getByRole('button', { name: 'Pause' }).click();
      await expectPlayerReadable(page, 'Paused', `paused, ${label}`);

      // The Stop question fits too, and nothing spills sideways.
      await page.getByRole('button', { name: 'Stop', exact: true }).click();
      await expect(page.getByRole('button', { name: 'Keep going' })).toBeFocused();
      expect(await insideViewport(page.getByRole('button', { name: 'Keep going' }))).toBe(true);
      await expectReadable(page, `the Stop question, ${label}`);
    });
  }
}

test('a first visit at 390x844 shows Start whole in the first screen, covered by nothing', async ({
  page,
}) => {
  await page.goto('/');
  const start = page.getByRole('button', { name: /^Start tonight's stretch/ });
  await expect(start).toBeVisible();
  // The offline notice arrives after the service worker installs: it must not cover Start.
  await expect(page.getByRole('status')).toContainText('Nightstretch now works without internet');
  expect(await insideViewport(start)).toBe(true);
  expect(await coveredPoints(start)).toEqual([]);
  await expect(start).toContainText('Bedtime stretch');
});

test('Start tonight offers the routine played last', async ({ page }) => {
  await openHomeWithFrozenClock(page);
  await startRoutine(page, 'In-bed stretch');
  await page.clock.runFor(20 * 60_000);
  await expect(page.getByRole('heading', { name: /complete/i })).toBeVisible();
  await page.getByRole('button', { name: 'Back to home' }).click();
  const start = page.getByRole('button', { name: /^Start tonight's stretch/ });
  await expect(start).toContainText('In-bed stretch');
  await start.click();
  await expect(page.getByRole('timer', { name: 'Seconds left' })).toBeVisible();
  await expect(page.locator('.step-count')).toContainText('In-bed stretch');
});

test('after midnight, "Cramp now?" comes first and starts cramp relief', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-03-11T03:05:00') });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Nightstretch' })).toBeVisible();
  const headings = await page.locator('main h2').allTextContents();
  expect(headings[0]).toBe('Cramp now?');
  await expect(page.getByRole('link', { name: 'Write down a cramp' })).toBeVisible();
  await page.getByRole('button', { name: 'Ease a cramp now' }).click();
  await expect(page.locator('.step-count')).toContainText('Cramp relief');
});

test('in the evening, Start tonight comes before "Cramp now?", and an empty streak is small', async ({
  page,
}) => {
  await openHomeWithFrozenClock(page);
  const start = page.getByRole('button', { name: /^Start tonight's stretch/ });
  const cramp = page.getByRole('region', { name: 'Cramp now?' });
  const streak = page.getByRole('region', { name: 'Streak' });
  await expect(streak).toContainText('0 nights in a row');
  const [startBox, crampBox, streakBox] = await Promise.all([
    start.boundingBox(),
    cramp.boundingBox(),
    streak.boundingBox(),
  ]);
  expect(startBox && crampBox && startBox.y < crampBox.y).toBe(true);
  // One quiet line, not a big card, until there is a streak.
  expect(streakBox?.height).toBeLessThan(110);
});
