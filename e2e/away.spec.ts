import { expect, test } from '@playwright/test';
import { openHomeWithFrozenClock, setPageVisible, startRoutine } from './playerHelpers';

// Back from a locked screen after longer than a segment: one line on what went by.

test('back after a long absence, the Player says what went by and offers to redo it', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const values: number[] = [];
    (window as unknown as { __gainSets: number[] }).__gainSets = values;
    const set = AudioParam.prototype.setValueAtTime;
    AudioParam.prototype.setValueAtTime = function (value, time) {
      values.push(value);
      return set.call(this, value, time);
    };
  });
  await openHomeWithFrozenClock(page);
  await startRoutine(page, 'Bedtime stretch');
  await page.clock.runFor(9_000); // the first hold on the left leg
  await expect(page.locator('.player .side')).toHaveText('Left leg');

  await setPageVisible(page, false);
  await page.clock.runFor(75_000); // both left holds, the switch, into the right leg
  await setPageVisible(page, true);
  const note = page.getByRole('region', { name: 'While you were away' });
  await expect(note).toContainText('You were away 1 min: left leg done, now the right.');
  await expect(page.locator('.player .side')).toHaveText('Right leg');
  // The current cue sounds once, softly: its tone's gain is set well under the set volume (60 %).
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { __gainSets: number[] }).__gainSets ?? []),
    )
    .toContainEqual(expect.closeTo(0.21, 2));

  await note.getByRole('button', { name: 'Redo that stretch' }).click();
  await expect(note).toHaveCount(0);
  await expect(page.locator('.player .side')).toHaveText('Left leg');
  await expect(page.locator('.player .phase')).toHaveText('Get ready');
});

test('a short look away says nothing', async ({ page }) => {
  await openHomeWithFrozenClock(page);
  await startRoutine(page, 'Bedtime stretch');
  await page.clock.runFor(9_000);
  await setPageVisible(page, false);
  await page.clock.runFor(5_000);
  await setPageVisible(page, true);
  await expect(page.getByRole('timer', { name: 'Seconds left' })).toHaveText('24');
  await expect(page.getByRole('region', { name: 'While you were away' })).toHaveCount(0);
});
