import { expect, test } from '@playwright/test';
import { openHomeWithFrozenClock, startRoutine } from './playerHelpers';

test('the lock screen shows the current stretch and whether it is playing', async ({ page }) => {
  await openHomeWithFrozenClock(page);
  await startRoutine(page, 'Bedtime stretch');
  await page.clock.runFor(500);
  const nowPlaying = () =>
    page.evaluate(() => ({
      title: navigator.mediaSession.metadata?.title,
      artist: navigator.mediaSession.metadata?.artist,
      state: navigator.mediaSession.playbackState,
    }));
  await expect.poll(nowPlaying).toEqual({
    title: 'Wall calf stretch · Left leg',
    artist: 'Bedtime stretch',
    state: 'playing',
  });
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect.poll(async () => (await nowPlaying()).state).toBe('paused');
  await page.getByRole('button', { name: 'Stop' }).click();
  await page.getByRole('button', { name: 'Yes, stop' }).click();
  await expect.poll(async () => (await nowPlaying()).state).toBe('none');
});

test('where the screen cannot be kept on, the player says so calmly', async ({ page }) => {
  await page.addInitScript(() => {
    delete (Navigator.prototype as { wakeLock?: unknown }).wakeLock;
  });
  await openHomeWithFrozenClock(page);
  await startRoutine(page, 'Quick wind-down');
  await expect(page.getByText(/can't keep the screen on by itself/)).toBeVisible();
});

test('on an iPhone, cues can play over the music instead of pausing it', async ({ page }) => {
  // Safari's Audio Session API, which Chromium lacks: a stand-in records the type asked for.
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'audioSession', {
      configurable: true,
      value: { type: 'auto' },
    });
  });
  const sessionType = () =>
    page.evaluate(
      () => (navigator as Navigator & { audioSession: { type: string } }).audioSession.type,
    );

  // By default cues sound even with the silent switch on.
  await openHomeWithFrozenClock(page);
  await startRoutine(page, 'Quick wind-down');
  await expect.poll(sessionType).toBe('playback');
  await page.getByRole('button', { name: 'Stop' }).click();
  await page.getByRole('button', { name: 'Yes, stop' }).click();

  await page.getByRole('link', { name: 'Settings' }).click();
  const mixing = page.getByRole('checkbox', { name: /Keep my music playing/ });
  await expect(mixing).not.toBeChecked();
  await mixing.check();
  await expect.poll(sessionType).toBe('ambient');
});

test('where the browser has no say over other audio, the music setting is not offered', async ({
  page,
}) => {
  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Soft sounds' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /Keep my music playing/ })).toHaveCount(0);
});

test.describe('when part of the app fails to load', () => {
  test.use({ serviceWorkers: 'block' });

  test('Start says so and offers a reload, instead of doing nothing', async ({ page }) => {
    await page.route(/\/assets\/runtime-[\w-]+\.js$/, (route) => route.abort());
    await page.goto('/');
    await page.getByRole('button', { name: 'Start Quick wind-down' }).click();
    await expect(page.getByRole('alert')).toContainText("can't start");
    await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
  });
});
