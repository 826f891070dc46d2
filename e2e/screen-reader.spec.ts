import { expect, test } from '@playwright/test';
import { openHomeWithFrozenClock, startRoutine } from './playerHelpers';

// What a blind person hears and where their focus lands.

test('when a routine ends, focus moves to "Routine complete" and it is announced', async ({
  page,
}) => {
  await openHomeWithFrozenClock(page);
  await startRoutine(page, 'Quick wind-down');
  await page.clock.runFor(10 * 60_000);
  const heading = page.getByRole('heading', { level: 1, name: 'Routine complete' });
  await expect(heading).toBeFocused();
  await page.clock.runFor(500);
  await expect(page.getByRole('status').filter({ hasText: 'Routine complete' })).toContainText(
    'Quick wind-down is done',
  );
  await expect(page).toHaveTitle('Routine complete · Nightstretch');
});

test('"Keep going" in the Stop question puts focus back on Stop', async ({ page }) => {
  await openHomeWithFrozenClock(page);
  await startRoutine(page, 'Bedtime stretch');
  const stop = page.getByRole('button', { name: 'Stop', exact: true });
  await stop.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Keep going' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(stop).toBeFocused();
  // And again with a tap.
  await stop.click();
  await page.getByRole('button', { name: 'Keep going' }).click();
  await expect(stop).toBeFocused();
  await expect(page.getByRole('timer', { name: 'Seconds left' })).toBeVisible();
});

test('every screen has its own title', async ({ page }) => {
  const screens: [string, string][] = [
    ['/', 'Nightstretch'],
    ['/#/settings', 'Settings · Nightstretch'],
    ['/#/learn', 'Learn · Nightstretch'],
    ['/#/history', 'History · Nightstretch'],
    ['/#/cramp', 'Log a cramp · Nightstretch'],
    ['/#/editor', 'Make your own routine · Nightstretch'],
    ['/#/routine/bedtime-stretch', 'Bedtime stretch · Nightstretch'],
  ];
  for (const [url, title] of screens) {
    await page.goto(url);
    await expect(page.locator('main h1')).toHaveCount(1);
    await expect(page, url).toHaveTitle(title);
  }
  // Moving between screens in the app changes it too.
  await page.getByRole('link', { name: 'Learn' }).click();
  await expect(page).toHaveTitle('Learn · Nightstretch');
  await page.goto('/#/routine/in-bed-stretch');
  await page.getByRole('button', { name: 'Start In-bed stretch' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  await expect(page).toHaveTitle('In-bed stretch · Nightstretch');
});

test('the live region gives the hold length, and keeps quiet while the app speaks', async ({
  page,
}) => {
  await openHomeWithFrozenClock(page);
  const live = page.locator('main [aria-live="polite"]');
  // Spoken prompts are on by default: the app's voice names each change, the region does not.
  await startRoutine(page, 'Bedtime stretch');
  await page.clock.runFor(9_000);
  await expect(page.locator('.player .phase')).toHaveText('Hold 1 of 2');
  await expect(live).toHaveText('');
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(live).toHaveText('The routine is paused.');
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await page.getByRole('button', { name: 'Yes, stop' }).click();

  await page.goto('/#/settings');
  await page.getByRole('checkbox', { name: /Spoken prompts/ }).uncheck();
  await page.getByRole('link', { name: 'Home' }).click();
  await startRoutine(page, 'Bedtime stretch');
  await page.clock.runFor(9_000);
  await expect(live).toHaveText('Now: Hold 1 of 2 for 30 seconds, Wall calf stretch, Left leg.');
});
