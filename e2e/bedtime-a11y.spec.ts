import { expect, type Page, test } from '@playwright/test';
import { expectNoViolations } from './support/axe';

// Axe measures contrast as painted at that instant; a toast that arrives mid-scan while fading in
// would be measured half-transparent. With reduced motion it appears at full strength at once.
test.use({ reducedMotion: 'reduce' });

const THEMES = [
  { theme: 'night', radio: /^Night/ },
  { theme: 'light', radio: /^Light/ },
  { theme: 'red', radio: /^Red/ },
] as const;

async function chooseTheme(page: Page, radio: RegExp, theme: string): Promise<void> {
  await page.goto('/#/settings');
  await page.getByRole('radio', { name: radio }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

for (const { theme, radio } of THEMES) {
  test(`every screen passes axe in the ${theme} theme`, async ({ page }) => {
    test.slow(); // eight full axe runs on a shared machine
    // Daytime: at night, Light asks first (themes.spec.ts).
    await page.clock.install({ time: new Date('2026-03-10T12:00:00') });
    await chooseTheme(page, radio, theme);
    await expectNoViolations(page, 'Settings');

    await page.getByRole('link', { name: 'Home' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nightstretch' })).toBeVisible();
    await expectNoViolations(page, 'Home');

    await page.getByRole('link', { name: 'Learn' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Learn' })).toBeVisible();
    await expectNoViolations(page, 'Learn');

    await page.goto('/#/editor');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoViolations(page, 'Routine editor');

    await page.getByRole('link', { name: 'History' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
    await expectNoViolations(page, 'History');

    await page.goto('/#/routine/bedtime-stretch');
    await expect(page.locator('.step-list svg')).toHaveCount(8);
    await expectNoViolations(page, 'Routine preview');

    await page.getByRole('button', { name: 'Start Bedtime stretch' }).click();
    await expect(page.getByRole('timer')).toBeVisible();
    await page.clock.runFor(10_000);
    await expectNoViolations(page, 'Player');

    await page.clock.runFor(20 * 60_000);
    await expect(page.getByRole('heading', { name: /complete/i })).toBeVisible();
    await expectNoViolations(page, 'Done');
  });
}

test('focus moves to the new screen heading, and the nav marks where you are', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Learn' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Learn' })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Learn' })).toHaveAttribute('aria-current', 'page');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Nightstretch' })).toBeFocused();
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused();
});

test('Learn leads into the Cramp relief routine', async ({ page }) => {
  await page.goto('/#/learn');
  await expect(page.getByRole('heading', { name: 'When to see a doctor' })).toBeVisible();
  await expect(page.getByText(/gives no\s+diagnosis/)).toBeVisible();
  await page.getByRole('button', { name: 'Start Cramp relief' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Straighten it, pull the toes up' }),
  ).toBeVisible();
});

test('nothing scrolls sideways at 320 px, even with large text', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const route of ['/', '/#/routine/in-bed-stretch', '/#/settings', '/#/learn']) {
    await page.goto(route);
    await expect(page.locator('main h1')).toHaveCount(1);
    // 200% text zoom: double the root font size.
    // Set through the CSSOM: the app's CSP rightly refuses an injected <style> element.
    await page.evaluate(() =>
      document.documentElement.style.setProperty('font-size', '225%', 'important'),
    );
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `sideways scroll on ${route}`).toBeLessThanOrEqual(0);
  }
});
