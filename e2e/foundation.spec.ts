import { expect, test } from '@playwright/test';
import { openHomeWithFrozenClock } from './playerHelpers';

test('a whole Bedtime stretch counts as one night after a reload', async ({ page }) => {
  // A frozen clock that only the test moves, so a busy machine cannot run the countdown on.
  await openHomeWithFrozenClock(page);
  const streak = page.getByRole('region', { name: /Streak/ });
  await expect(streak).toContainText('0 nights in a row');

  await page.getByRole('button', { name: /^Start Bedtime stretch/ }).click();
  const timer = page.getByRole('timer');
  await expect(timer).toHaveText('8');
  await page.clock.runFor(3000);
  await expect(timer).toHaveText('5');

  await page.clock.runFor(10 * 60 * 1000);
  await expect(page.getByRole('heading', { name: /complete/i })).toBeVisible();
  await expect(page.getByText(/^Tonight counts\./)).toBeVisible();

  await page.getByRole('button', { name: 'Back to home' }).click();
  await page.reload();
  await expect
    .poll(async () => {
      await page.clock.runFor(500);
      return page.getByRole('region', { name: /Streak/ }).textContent();
    })
    .toContain('1 night in a row');
});
