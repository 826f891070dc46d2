import { expect, test } from '@playwright/test';

test('a whole Bedtime stretch counts as one night after a reload', async ({ page }) => {
  await page.clock.install();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  const streak = page.getByRole('region', { name: /Streak/ });
  await expect(streak).toContainText('0 nights in a row');

  await page.getByRole('button', { name: /^Start Bedtime stretch/ }).click();
  const timer = page.getByRole('timer');
  await expect(timer).toHaveText('8');
  await page.clock.runFor(3000);
  await expect(timer).toHaveText('5');

  await page.clock.runFor(10 * 60 * 1000);
  await expect(page.getByRole('heading', { name: /complete/i })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('region', { name: /Streak/ })).toContainText('1 night in a row');
});
