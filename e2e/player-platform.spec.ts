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
