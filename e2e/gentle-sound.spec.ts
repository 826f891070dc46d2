import { expect, type Page, test } from '@playwright/test';
import { openHomeWithFrozenClock, startRoutine } from './playerHelpers';

// What reaches the audio graph: tones started, and how their gain rises.

declare global {
  interface Window {
    __tonesStarted?: number;
    __gainRamps?: { value: number; at: number }[];
  }
}

/** Counts every tone started and every gain ramp scheduled on the page's audio graph. */
async function watchAudioGraph(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__tonesStarted = 0;
    window.__gainRamps = [];
    const start = AudioBufferSourceNode.prototype.start;
    AudioBufferSourceNode.prototype.start = function (...args) {
      // Howler's unlock plays a one-sample silent buffer: only real tones count.
      if ((this.buffer?.length ?? 0) > 1) window.__tonesStarted = (window.__tonesStarted ?? 0) + 1;
      return start.apply(this, args);
    };
    const ramp = AudioParam.prototype.linearRampToValueAtTime;
    AudioParam.prototype.linearRampToValueAtTime = function (value, endTime) {
      window.__gainRamps?.push({ value, at: endTime });
      return ramp.call(this, value, endTime);
    };
  });
}

const tonesStarted = (page: Page) => page.evaluate(() => window.__tonesStarted ?? 0);
const gainRamps = (page: Page) => page.evaluate(() => window.__gainRamps ?? []);

test('"Play a sample" sounds a tone at the set volume', async ({ page }) => {
  await watchAudioGraph(page);
  await page.goto('/#/settings');
  const sample = page.getByRole('button', { name: 'Play a sample' });
  await expect(sample).toBeVisible();
  // It sits right after the volume slider.
  const order = await page.evaluate(() => {
    const slider = document.querySelector('input[type="range"]');
    const button = [...document.querySelectorAll('button')].find(
      (b) => b.textContent === 'Play a sample',
    );
    return slider && button
      ? slider.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING
      : 0;
  });
  expect(order).toBeTruthy();
  await expect(async () => {
    await sample.click();
    expect(await tonesStarted(page)).toBeGreaterThan(0);
  }).toPass({ timeout: 15_000 });
});

test('the first cue of a night fades in; later cues do not', async ({ page }) => {
  await watchAudioGraph(page);
  await openHomeWithFrozenClock(page);
  // The sound is set up (a sample played) before the night starts, so the first cue can sound.
  await page.goto('/#/settings');
  await expect(async () => {
    await page.getByRole('button', { name: 'Play a sample' }).click();
    expect(await tonesStarted(page)).toBeGreaterThan(0);
  }).toPass({ timeout: 15_000 });
  const sampleRamps = (await gainRamps(page)).length;
  const sampleTones = await tonesStarted(page);
  await page.getByRole('link', { name: 'Home' }).click();
  await startRoutine(page, 'Bedtime stretch');
  await expect.poll(() => tonesStarted(page)).toBeGreaterThan(sampleTones);
  const ramps = await gainRamps(page);
  expect(ramps.length, 'a gain ramp for the first cue').toBeGreaterThan(sampleRamps);
  await page.clock.runFor(8_000); // the hold starts: its cue comes at full volume at once
  await expect.poll(() => tonesStarted(page)).toBeGreaterThan(sampleTones + 1);
  expect((await gainRamps(page)).length, 'no ramp for later cues').toBe(ramps.length);
});
