import { expect, test } from '@playwright/test';

// The session code (its own chunk) fails to load: the app logs it, tells the person at the tap
// that needs it, and leaves no promise rejection unhandled.
test.use({ serviceWorkers: 'block' });

test('a session chunk that fails to load is logged and said, never an unhandled rejection', async ({
  page,
}) => {
  const unhandled: string[] = [];
  const warnings: string[] = [];
  page.on('pageerror', (error) => unhandled.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.route(/\/assets\/runtime-[\w-]+\.js$/, (route) => route.abort());
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Nightstretch' })).toBeVisible();
  // Loaded ahead of need after the first paint: the failure is logged, quietly.
  await expect.poll(() => warnings.join('\n')).toContain("the session code didn't load");
  await expect(page.getByRole('alert')).toHaveCount(0);

  // The Start tap needs it: the person is told, with Reload.
  await page.getByRole('button', { name: 'Start Quick wind-down' }).click();
  await expect(page.getByRole('alert')).toContainText("can't start");
  await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
  await page.waitForTimeout(300);
  expect(unhandled).toEqual([]);
});
