import { expect, type Page, test } from '@playwright/test';

// The screen stays on for the whole routine, paused included (the person is still in bed with
// the phone), and is let go on Done, on Stop and on leaving the Player.

test.beforeEach(async ({ page }) => {
  // Stands in for the Screen Wake Lock API and records each acquire and release.
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __wakeLockLog: string[] }).__wakeLockLog = log;
    Object.defineProperty(WakeLock.prototype, 'request', {
      configurable: true,
      value: async (type: string) => {
        log.push('acquire');
        const sentinel = new EventTarget() as EventTarget & {
          type: string;
          released: boolean;
          release: () => Promise<void>;
        };
        sentinel.type = type;
        sentinel.released = false;
        sentinel.release = async () => {
          if (sentinel.released) return;
          sentinel.released = true;
          log.push('release');
          sentinel.dispatchEvent(new Event('release'));
        };
        return sentinel;
      },
    });
  });
});

const wakeLockLog = (page: Page) =>
  page.evaluate(() => (window as unknown as { __wakeLockLog: string[] }).__wakeLockLog.join(' '));

/** Gives the app a moment in which a wrong acquire or release would show up in the log. */
const settle = (page: Page) => page.waitForTimeout(300);

test('held while playing and paused; let go on leaving the Player and on Stop', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start Bedtime stretch' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  await expect.poll(() => wakeLockLog(page)).toBe('acquire');

  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByText('Paused', { exact: true })).toBeVisible();
  await settle(page);
  expect(await wakeLockLog(page)).toBe('acquire');
  await page.getByRole('button', { name: 'Resume' }).click();
  await settle(page);
  expect(await wakeLockLog(page)).toBe('acquire');

  // Back to Home while the routine plays on: the screen may sleep again.
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Bedtime stretch is playing' })).toBeVisible();
  await expect.poll(() => wakeLockLog(page)).toBe('acquire release');
  await page.getByRole('button', { name: 'Back to the routine' }).click();
  await expect.poll(() => wakeLockLog(page)).toBe('acquire release acquire');

  await page.getByRole('button', { name: 'Stop' }).click();
  await page.getByRole('button', { name: 'Yes, stop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nightstretch' })).toBeVisible();
  await expect.poll(() => wakeLockLog(page)).toBe('acquire release acquire release');
});

test('let go when the routine is done', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start Quick wind-down' }).click();
  await expect.poll(() => wakeLockLog(page)).toBe('acquire');
  // Skipped through, the routine ends without counting: Done says "Routine ended".
  const complete = page.getByRole('heading', { level: 1, name: /^Routine (complete|ended)$/ });
  while (!(await complete.isVisible())) {
    await page.getByRole('button', { name: 'Skip' }).click();
  }
  await expect.poll(() => wakeLockLog(page)).toBe('acquire release');
});

test('not taken at all when the person turned "keep the screen awake" off', async ({ page }) => {
  await page.goto('/#/settings');
  await page.getByRole('checkbox', { name: 'Keep the screen awake during a routine' }).uncheck();
  await page.getByRole('link', { name: 'Home' }).click();
  await page.getByRole('button', { name: 'Start Quick wind-down' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  await settle(page);
  expect(await wakeLockLog(page)).toBe('');
});
