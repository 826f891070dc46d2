import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { expectSettingsSaved } from './support/storage';

/** Home is ready once the stored settings and the streak have been read. */
async function openHome(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('region', { name: /Streak/ })).toContainText('in a row');
}

test('a longer hold chosen in Settings is used by the Player after a reload', async ({ page }) => {
  await page.clock.install();
  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.getByLabel('Hold length').selectOption({ label: '45 seconds' });
  await page.getByLabel('Get ready before each stretch').selectOption({ label: '10 seconds' });
  await expectSettingsSaved(page, { holdSeconds: 45, readySeconds: 10 });

  await page.reload();
  await expect(page.getByLabel('Hold length')).toHaveValue(/\d+/);
  await expect(page.getByLabel('Hold length').locator('option:checked')).toHaveText('45 seconds');

  await openHome(page);
  await page.getByRole('button', { name: /^Start Bedtime stretch/ }).click();
  const timer = page.getByRole('timer');
  await expect(timer).toHaveText('10');
  await page.clock.runFor(10_000);
  await expect(page.getByText('Hold 1 of 2', { exact: true })).toBeVisible();
  await expect(timer).toHaveText('45');
});

test('"which leg first" starts each two-legged stretch on the chosen leg', async ({ page }) => {
  await page.clock.install();
  await page.goto('/#/settings');
  await page.getByRole('radio', { name: 'Right leg' }).check();
  await expectSettingsSaved(page, { firstSide: 'right' });
  await openHome(page);
  await page.getByRole('button', { name: /^Start Quick wind-down/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wall calf stretch' })).toBeVisible();
  await expect(page.getByText('Right leg', { exact: true })).toBeVisible();
  // Get ready (8 s) and the 30 s hold on the right leg, then the switch to the left.
  await page.clock.runFor(38_500);
  await expect(page.getByText('Switch sides', { exact: true })).toBeVisible();
  await expect(page.getByText('Left leg', { exact: true })).toBeVisible();
});

test('the preview shows the steps as the settings shape them', async ({ page }) => {
  await page.goto('/#/settings');
  await page.getByLabel('Holds on each leg').selectOption({ label: 'Three times' });
  await page.getByRole('link', { name: 'Home' }).click();
  await page.getByRole('link', { name: 'In-bed stretch' }).click();
  const heading = page.getByRole('heading', { level: 1, name: 'In-bed stretch' });
  await expect(heading).toBeFocused();
  const steps = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
  await expect(steps).toHaveCount(6);
  await expect(steps.first()).toContainText('Left leg');
  await expect(steps.first()).toContainText('Hold 30 s × 3');
  await expect(steps.first().getByRole('img')).toHaveAccessibleName(/towel.*left leg/i);
  await expect(page.getByText(/About \d+ minutes · 6 steps/)).toBeVisible();
  await page.getByRole('button', { name: 'Start In-bed stretch' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
});

test('the theme applies at once, and "same as my phone" follows the system', async ({ page }) => {
  await page.goto('/#/settings');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'night');
  await page.getByRole('radio', { name: /^Red/ }).check();
  await expect(html).toHaveAttribute('data-theme', 'red');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('radio', { name: /^Same as my phone/ }).check();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'night');
  // Remembered across a reload, painted before the app has even read its settings.
  await page.getByRole('radio', { name: /^Red/ }).check();
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'red');
});

test('reset to defaults puts every setting back after a confirmation', async ({ page }) => {
  await page.goto('/#/settings');
  await page.getByLabel('Hold length').selectOption({ label: '20 seconds' });
  await page.getByLabel('Spoken prompts').uncheck();
  await page.getByRole('button', { name: 'Reset to defaults' }).click();
  await page.getByRole('button', { name: 'Yes, reset' }).click();
  await expect(page.getByLabel('Hold length').locator('option:checked')).toHaveText(
    'As the routine says',
  );
  await expect(page.getByLabel('Spoken prompts')).toBeChecked();
  await expect(
    page.getByRole('status').filter({ hasText: 'back to their defaults' }),
  ).toBeAttached();
});
