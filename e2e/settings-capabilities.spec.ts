import { expect, type Page, test } from '@playwright/test';

// Settings offer only what the phone can do, and say plainly why something is missing.

async function openSettings(page: Page): Promise<void> {
  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
}

test('where the phone can vibrate and speak, both are offered', async ({ page }) => {
  await openSettings(page);
  await expect(page.getByRole('checkbox', { name: 'Vibrate at each change' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /Spoken prompts/ })).toBeVisible();
  await expect(page.getByRole('combobox', { name: /Voice/ })).toBeVisible();
  await expect(page.getByText(/doesn't let the app vibrate/)).toHaveCount(0);
  await expect(page.getByText(/can't speak/)).toHaveCount(0);
});

test('without navigator.vibrate the vibration setting is replaced by a plain reason', async ({
  page,
}) => {
  await page.addInitScript(() => {
    delete (Navigator.prototype as { vibrate?: unknown }).vibrate;
  });
  await openSettings(page);
  await expect(page.getByRole('checkbox', { name: 'Vibrate at each change' })).toHaveCount(0);
  await expect(page.getByText("This phone doesn't let the app vibrate")).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /Spoken prompts/ })).toBeVisible();
});

test('without speechSynthesis the voice settings are replaced by a plain reason', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const scope = window as unknown as Record<string, unknown>;
    for (const name of ['speechSynthesis', 'SpeechSynthesisUtterance']) {
      delete scope[name];
      delete (Window.prototype as unknown as Record<string, unknown>)[name];
    }
  });
  await openSettings(page);
  expect(await page.evaluate(() => typeof window.speechSynthesis)).toBe('undefined');
  await expect(page.getByRole('checkbox', { name: /Spoken prompts/ })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: /Voice/ })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Speaking speed' })).toHaveCount(0);
  await expect(
    page.getByText("This browser can't speak, so there are no spoken prompts"),
  ).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Vibrate at each change' })).toBeVisible();
});
