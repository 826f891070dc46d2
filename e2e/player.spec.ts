import { expect, test } from '@playwright/test';
import {
  cueNames,
  droppedCues,
  openHomeWithFrozenClock,
  playedCues,
  startRoutine,
} from './playerHelpers';

/**
 * The Bedtime stretch as the person lives it, segment by segment, in seconds:
 * get ready / switch sides / rest before holds, written out from routines/bedtime-stretch.json.
 */
const BEDTIME: [cue: string, seconds: number][] = [
  ['get-ready', 8], // wall calf, left
  ['hold-start', 30],
  ['rest', 5],
  ['hold-start', 30],
  ['switch-side', 6], // wall calf, right
  ['hold-start', 30],
  ['rest', 5],
  ['hold-start', 30],
  ['next-stretch', 8], // seated hamstring, left
  ['hold-start', 30],
  ['rest', 5],
  ['hold-start', 30],
  ['switch-side', 6], // seated hamstring, right
  ['hold-start', 30],
  ['rest', 5],
  ['hold-start', 30],
  ['next-stretch', 8], // ankle circles
  ['hold-start', 40],
  ['next-stretch', 8], // ankle circles, other way
  ['hold-start', 40],
  ['next-stretch', 8], // toe flex and point
  ['hold-start', 30],
  ['rest', 5],
  ['hold-start', 30],
  ['next-stretch', 8], // toes pulled up, to end the night
  ['hold-start', 20],
];

/** Every cue with its time after Start: each segment's cue, then 3-2-1 before a hold ends. */
function expectedBedtimeCues(): { name: string; atMs: number }[] {
  const cues: { name: string; atMs: number }[] = [];
  let at = 0;
  for (const [cue, seconds] of BEDTIME) {
    cues.push({ name: cue, atMs: at * 1000 });
    at += seconds;
    if (cue === 'hold-start') {
      for (const count of [3, 2, 1])
        cues.push({ name: `countdown${count}`, atMs: (at - count) * 1000 });
    }
  }
  cues.push({ name: 'done', atMs: at * 1000 });
  return cues;
}

test('the whole Bedtime stretch plays to the end with every cue in order and on time', async ({
  page,
}) => {
  await openHomeWithFrozenClock(page);
  await startRoutine(page, 'Bedtime stretch');
  await expect(page.getByRole('heading', { level: 1, name: 'Wall calf stretch' })).toBeVisible();
  await expect(page.getByText('Left leg', { exact: true })).toBeVisible();

  const expected = expectedBedtimeCues();
  const totalMs = expected.at(-1)?.atMs ?? 0;
  expect(totalMs).toBe(485_000);
  // Run in steps of a minute, as a screen would see it, to the end and a little beyond.
  for (let ran = 0; ran < totalMs + 5_000; ran += 60_000) await page.clock.runFor(60_000);

  await expect(page.getByRole('heading', { name: 'Routine complete' })).toBeVisible();
  const cues = await playedCues(page);
  expect(cueNames(cues)).toEqual(expected.map((cue) => cue.name));
  const startedAt = cues[0]?.scheduledAt ?? 0;
  expect(cues.map((cue) => cue.scheduledAt - startedAt)).toEqual(expected.map((c) => c.atMs));
  for (const cue of cues) expect(cue.playedAt).toBe(cue.scheduledAt);
  expect(await droppedCues(page)).toEqual([]);
});

test('pause freezes the countdown; resume carries on from the same second', async ({ page }) => {
  await openHomeWithFrozenClock(page);
  await startRoutine(page, 'Bedtime stretch');
  const timer = page.getByRole('timer', { name: 'Seconds left' });
  await page.clock.runFor(12_000); // 4 s into the first 30 s hold
  await expect(timer).toHaveText('26');

  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByText('Paused', { exact: true })).toBeVisible();
  const cuesBefore = (await playedCues(page)).length;
  await page.clock.runFor(120_000);
  await expect(timer).toHaveText('26');
  expect((await playedCues(page)).length).toBe(cuesBefore);

  await page.getByRole('button', { name: 'Resume' }).click();
  await page.clock.runFor(1_000);
  await expect(timer).toHaveText('25');
  await page.clock.runFor(25_000);
  const names = cueNames((await playedCues(page)).slice(cuesBefore));
  expect(names).toEqual(['countdown3', 'countdown2', 'countdown1', 'rest']);
});

test('space pauses and resumes; the arrow keys skip and go back', async ({ page }) => {
  await openHomeWithFrozenClock(page);
  await startRoutine(page, 'Bedtime stretch');
  const heading = page.getByRole('heading', { level: 1 });
  await page.locator('body').click({ position: { x: 5, y: 5 } });

  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();

  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('Right leg', { exact: true })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(heading).toHaveText('Seated hamstring stretch');
  await page.keyboard.press('ArrowLeft');
  await expect(heading).toHaveText('Wall calf stretch');
  await expect(page.getByText('Right leg', { exact: true })).toBeVisible();
});

test('stop asks first, and "Yes, stop" returns home without counting the night', async ({
  page,
}) => {
  await openHomeWithFrozenClock(page);
  await startRoutine(page, 'Quick wind-down');
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByText("Stop tonight's routine?")).toBeVisible();
  await expect(page.getByRole('button', { name: 'Keep going' })).toBeFocused();
  await page.getByRole('button', { name: 'Keep going' }).click();
  await expect(page.getByRole('timer')).toBeVisible();

  await page.getByRole('button', { name: 'Stop' }).click();
  await page.getByRole('button', { name: 'Yes, stop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nightstretch' })).toBeVisible();
  await expect(page.getByRole('region', { name: /Streak/ })).toContainText('0 nights in a row');
  await expect(page.getByRole('heading', { name: /Carry on/ })).toHaveCount(0);
});

test('when the browser keeps the sound off, a clear button turns it on', async ({ page }) => {
  // Make the audio context refuse to start until the test allows it, as a strict browser would.
  await page.addInitScript(() => {
    const blocked = { on: true };
    const Real = AudioContext;
    class StrictAudioContext extends Real {
      constructor(options?: AudioContextOptions) {
        super(options);
        if (blocked.on) void super.suspend();
      }
      override resume(): Promise<void> {
        return blocked.on ? new Promise<void>(() => {}) : super.resume();
      }
    }
    Object.assign(window, { __audioBlock: blocked, AudioContext: StrictAudioContext });
  });
  await openHomeWithFrozenClock(page);
  await startRoutine(page, 'Bedtime stretch');
  const soundOn = page.getByRole('button', { name: 'Tap to turn sound on' });
  await page.clock.runFor(1_500);
  await expect(soundOn).toBeVisible();

  await page.evaluate(() => {
    (window as unknown as { __audioBlock: { on: boolean } }).__audioBlock.on = false;
  });
  await soundOn.click();
  await expect(soundOn).toHaveCount(0);
});

test('with sound allowed, no sound button gets in the way', async ({ page }) => {
  await openHomeWithFrozenClock(page);
  await startRoutine(page, 'Bedtime stretch');
  await page.clock.runFor(1_500);
  await expect(page.getByRole('button', { name: 'Tap to turn sound on' })).toHaveCount(0);
});

test('going back to Home mid-routine offers a way back to it', async ({ page }) => {
  await openHomeWithFrozenClock(page);
  await startRoutine(page, 'Quick wind-down');
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Quick wind-down is playing' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to the routine' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
});
