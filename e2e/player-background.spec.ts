import { expect, test } from '@playwright/test';
import {
  cueNames,
  droppedCues,
  openHomeWithFrozenClock,
  playedCues,
  setPageVisible,
  startRoutine,
} from './playerHelpers';

test('90 s hidden: the player lands on the right step without a burst of cues', async ({
  page,
}) => {
  await openHomeWithFrozenClock(page);
  await startRoutine(page, 'Bedtime stretch');
  await page.clock.runFor(2_000);
  const cuesBefore = (await playedCues(page)).length;

  await setPageVisible(page, false);
  // Like a locked phone: time jumps and a due timer fires at most once, at the end.
  await page.clock.fastForward(90_000);
  await setPageVisible(page, true);

  // 92 s in: get ready 8 + hold 30 + rest 5 + hold 30 + switch 6 = 79 s, so 13 s into the
  // first right-leg hold.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wall calf stretch');
  await expect(page.getByText('Right leg', { exact: true })).toBeVisible();
  await expect(page.getByText('Hold 1 of 2', { exact: true })).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText('17');
  expect((await playedCues(page)).length).toBe(cuesBefore);
  expect((await droppedCues(page)).length).toBeGreaterThan(5);

  // From here on the cues come on time again.
  await page.clock.runFor(17_000);
  const after = await playedCues(page);
  expect(cueNames(after.slice(cuesBefore))).toEqual([
    'countdown3',
    'countdown2',
    'countdown1',
    'rest',
  ]);
  for (const cue of after.slice(cuesBefore)) expect(cue.playedAt).toBe(cue.scheduledAt);
});
