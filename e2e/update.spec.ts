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

/** Deploys build B and has the open page look for it, as the browser would on its own. */
async function deployBuildBAndCheck(page: Page): Promise<void> {
  server.root = buildB;
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return Boolean(registration?.waiting);
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
  await expect(reopened.getByText('Update ready')).toHaveCount(0);
});
