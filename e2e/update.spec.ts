import { expect, type Page, test } from '@playwright/test';
import { buildApp } from './support/builds';
import { buildNameOf, waitForServiceWorkerControl } from './support/pwa';
import { StaticServer } from './support/staticServer';

// Two deploys of the app that differ only in their build name, so build B has a new worker.
let buildA = '';
let buildB = '';
let server: StaticServer;

test.beforeAll(() => {
  test.setTimeout(120_000);
  buildA = buildApp('update-a', { NIGHTSTRETCH_BUILD: 'build-a' });
  buildB = buildApp('update-b', { NIGHTSTRETCH_BUILD: 'build-b' });
});

test.beforeEach(async () => {
  server = new StaticServer(buildA);
  await server.start();
});

test.afterEach(async () => {
  await server.stop();
});

async function openBuildA(page: Page): Promise<void> {
  await page.goto(server.url);
  await expect(page.getByRole('status')).toContainText('Nightstretch now works without internet');
  await waitForServiceWorkerControl(page);
  expect(await buildNameOf(page)).toBe('build-a');
}

/**
 * Deploys build B and has the open page look for it, as the browser would on its own. Resolves
 * once the page itself has been told a version is waiting: workbox-window tells it 200 ms after
 * the new worker is installed, so a listener added after workbox's, with the same delay, fires
 * after the app has heard. Before that, "no prompt" would prove nothing.
 */
async function deployBuildBAndCheck(page: Page): Promise<void> {
  server.root = buildB;
  await page.evaluate(async () => {
    const told = { done: false };
    Object.assign(window, { __toldOfUpdate: told });
    const registration = await navigator.serviceWorker.getRegistration();
    registration?.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed') setTimeout(() => (told.done = true), 200);
      });
    });
    await registration?.update();
  });
  await page.waitForFunction(
    () => (window as unknown as { __toldOfUpdate: { done: boolean } }).__toldOfUpdate.done,
  );
}

/** True while a newer worker is installing or waiting: what would make the app offer an update. */
function updatePending(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return Boolean(registration?.waiting || registration?.installing);
  });
}

test('a new version waits while a routine plays, then Home offers it', async ({ page }) => {
  await openBuildA(page);
  await page.evaluate(() => {
    (window as unknown as { samePage: boolean }).samePage = true;
  });
  await page.getByRole('button', { name: /^Start Bedtime stretch/ }).click();
  const timer = page.getByRole('timer');
  await expect(timer).toBeVisible();
  const stretch = await page.getByRole('heading', { level: 1 }).textContent();

  await deployBuildBAndCheck(page);

  // The routine goes on: same page, same stretch, the countdown still moving, no prompt.
  const before = Number(await timer.textContent());
  await expect(timer).not.toHaveText(String(before), { timeout: 3000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(stretch ?? '');
  expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(
    true,
  );
  expect(await buildNameOf(page)).toBe('build-a');
  await expect(page.getByText('Update ready')).toHaveCount(0);

  await page.getByRole('button', { name: 'Stop' }).click();
  await page.getByRole('button', { name: 'Yes, stop' }).click();

  const prompt = page.getByRole('region', { name: 'Update ready' });
  await expect(prompt).toBeVisible();
  await prompt.getByRole('button', { name: 'Update now' }).click();
  await expect.poll(() => buildNameOf(page)).toBe('build-b');
  await expect(page.getByRole('heading', { level: 1, name: 'Nightstretch' })).toBeVisible();
  // Nothing left to offer once build B runs: no worker waiting, so no prompt can follow.
  await waitForServiceWorkerControl(page);
  expect(await updatePending(page)).toBe(false);
  await expect(page.getByText('Update ready')).toHaveCount(0);
});

test('a waiting version is applied at the next cold start', async ({ page, context }) => {
  await openBuildA(page);
  await deployBuildBAndCheck(page);
  await expect(page.getByRole('region', { name: 'Update ready' })).toBeVisible();

  await page.close();
  const reopened = await context.newPage();
  await reopened.goto(server.url);
  await expect.poll(() => buildNameOf(reopened)).toBe('build-b');
  await expect(reopened.getByRole('heading', { level: 1, name: 'Nightstretch' })).toBeVisible();
  await waitForServiceWorkerControl(reopened);
  expect(await updatePending(reopened)).toBe(false);
  await expect(reopened.getByText('Update ready')).toHaveCount(0);
});

test('Home holds "Update now" back while a routine plays in the background', async ({ page }) => {
  await openBuildA(page);
  await page.getByRole('button', { name: 'Start Quick wind-down' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Quick wind-down is playing' })).toBeVisible();

  await deployBuildBAndCheck(page);
  // The new worker waits, but Home does not offer it.
  await expect(page.getByRole('heading', { level: 1, name: 'Nightstretch' })).toBeVisible();
  await page.waitForTimeout(500);
  await expect(page.getByRole('button', { name: 'Update now' })).toHaveCount(0);

  // Paused is still live.
  await page.getByRole('button', { name: 'Back to the routine' }).click();
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Quick wind-down is paused' })).toBeVisible();
  await page.waitForTimeout(500);
  await expect(page.getByRole('button', { name: 'Update now' })).toHaveCount(0);
  expect(await buildNameOf(page)).toBe('build-a');

  // The routine ends (every step skipped to the end): the offer comes back.
  await page.getByRole('button', { name: 'Back to the routine' }).click();
  await page.getByRole('button', { name: 'Resume' }).click();
  // Skipping every stretch ends the routine without counting the night ("Routine ended").
  const complete = page.getByRole('heading', { level: 1, name: /^Routine (complete|ended)$/ });
  while (!(await complete.isVisible())) {
    await page.getByRole('button', { name: 'Skip' }).click();
  }
  await page.getByRole('button', { name: 'Back to home' }).click();
  const prompt = page.getByRole('region', { name: 'Update ready' });
  await expect(prompt.getByRole('button', { name: 'Update now' })).toBeVisible();
  await prompt.getByRole('button', { name: 'Update now' }).click();
  await expect.poll(() => buildNameOf(page)).toBe('build-b');
});

test('Home holds "Update now" back while a routine plays in another tab', async ({
  page,
  context,
}) => {
  await openBuildA(page);
  await page.getByRole('button', { name: 'Start Quick wind-down' }).click();
  await expect(page.getByRole('timer')).toBeVisible();

  const other = await context.newPage();
  await other.goto(server.url);
  await expect(other.getByRole('heading', { name: 'Playing in another tab' })).toBeVisible();
  await deployBuildBAndCheck(other);
  await other.waitForTimeout(500);
  await expect(other.getByRole('button', { name: 'Update now' })).toHaveCount(0);

  // The routine ends in the first tab: the second tab offers the update.
  await page.getByRole('button', { name: 'Stop' }).click();
  await page.getByRole('button', { name: 'Yes, stop' }).click();
  await expect(other.getByRole('button', { name: 'Update now' })).toBeVisible();
});
