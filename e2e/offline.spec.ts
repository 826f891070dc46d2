import { expect, test } from '@playwright/test';
import {
  audioFilesOf,
  recordRequests,
  requestsLeavingOrigin,
  waitForServiceWorkerControl,
  watchCspViolations,
} from './support/pwa';

test('after one visit a whole routine plays offline, from the cache, and nothing leaves the origin', async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  const requests = recordRequests(context);
  const cspViolations = await watchCspViolations(page);
  await page.clock.install();

  await page.goto('/');
  await expect(page.getByRole('status')).toContainText('Nightstretch now works without internet');
  await waitForServiceWorkerControl(page);

  await context.setOffline(true);
  const offlineFrom = requests.length;
  // Proof that the network is really gone: a file that was never cached cannot load.
  const uncached = await page.evaluate(() =>
    fetch(`./never-cached-${Date.now()}.txt`).then(
      () => 'loaded',
      () => 'failed',
    ),
  );
  expect(uncached).toBe('failed');

  await page.waitForLoadState('networkidle');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Nightstretch' })).toBeVisible();
  await expect(page.getByRole('status')).not.toContainText(
    'Nightstretch now works without internet',
  );

  // Every audio file, in every format, answers from the cache.
  for (const file of audioFilesOf('dist')) {
    const status = await page.evaluate(
      (url) => fetch(url).then((response) => response.status),
      file,
    );
    expect(status, file).toBe(200);
  }

  await page.getByRole('button', { name: /^Start Bedtime stretch/ }).click();
  const timer = page.getByRole('timer');
  await expect(timer).toHaveText('8');
  await page.clock.runFor(3000);
  await expect(timer).toHaveText('5');
  await page.clock.runFor(10 * 60 * 1000);
  await expect(page.getByRole('heading', { name: 'Routine complete' })).toBeVisible();
  await expect(page.getByText(/^Tonight counts/)).toBeVisible();

  // Let the work started after first paint (lazy chunks fetched in idle time) finish, so the
  // reload below doesn't cut a request off mid-way and leave it without a response to check.
  await page.waitForLoadState('networkidle');
  await page.reload();
  await expect(page.getByRole('region', { name: /Streak/ })).toContainText('1 night in a row');

  // Everything the pages asked for while offline came from the service worker's cache.
  const pageRequests = requests.slice(offlineFrom).filter((request) => !request.serviceWorker());
  expect(pageRequests.length).toBeGreaterThan(3);
  const audioLoaded = pageRequests.some((request) => /\/audio\//.test(request.url()));
  expect(audioLoaded).toBe(audioFilesOf('dist').length > 0);
  for (const request of pageRequests) {
    if (request.url().includes('never-cached-')) continue;
    const response = await request.response();
    expect(response?.fromServiceWorker(), request.url()).toBe(true);
    expect(response?.status(), request.url()).toBe(200);
  }

  expect(requestsLeavingOrigin(requests, origin)).toEqual([]);
  expect(await cspViolations()).toEqual([]);
});
