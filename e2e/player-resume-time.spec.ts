import { expect, type Page, test } from '@playwright/test';
import { EVENING, openHomeWithFrozenClock, startRoutine } from './playerHelpers';
import { readKeyval } from './support/storage';

interface StoredCompletion {
  startedAt: number;
  completedAt: number;
  durationMs: number;
}

/** Every finished routine stored in IndexedDB. */
function storedCompletions(page: Page): Promise<StoredCompletion[]> {
  return page.evaluate(
    () =>
      new Promise<StoredCompletion[]>((resolve, reject) => {
        const open = indexedDB.open('nightstretch');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('completions').objectStore('completions').getAll();
          read.onsuccess = () => {
            open.result.close();
            resolve(read.result as StoredCompletion[]);
          };
        };
      }),
  );
}

test('a resumed routine counts the minutes spent, not the time the app lay closed', async ({
  page,
}) => {
  await openHomeWithFrozenClock(page);
  await startRoutine(page, 'Quick wind-down');
  await page.clock.runFor(60_000);
  await expect
    .poll(async () => ((await readKeyval(page, 'activeSession')) as { savedAt?: number })?.savedAt)
    .toBeGreaterThan(EVENING + 30_000);

  // The phone kills the app; the person opens it again 20 minutes later and carries on.
  const reopened = await page.context().newPage();
  await page.close({ runBeforeUnload: false });
  await reopened.clock.runFor(20 * 60_000);
  await reopened.goto('/');
  // The first screen renders once its messages have loaded, which can be after the load event.
  await expect(reopened.getByRole('heading', { level: 1 })).toBeVisible();
  await reopened.clock.runFor(500);
  await reopened.getByRole('button', { name: 'Resume' }).click();
  await expect(reopened.getByRole('timer')).toBeVisible();
  await reopened.clock.runFor(5 * 60_000);

  await expect(reopened.getByRole('heading', { level: 1, name: 'Routine complete' })).toBeVisible();
  await expect.poll(async () => (await storedCompletions(reopened)).length).toBe(1);
  const [record] = await storedCompletions(reopened);
  if (!record) throw new Error('expected a stored completion');
  // Wall time from start to finish includes the 20 dead minutes; the duration does not.
  expect(record.completedAt - record.startedAt).toBeGreaterThan(20 * 60_000);
  expect(record.durationMs).toBeLessThan(6 * 60_000);
  const minutes = Math.round(record.durationMs / 60_000);
  await expect(reopened.getByText(`Quick wind-down, ${minutes} minutes. Well done.`)).toBeVisible();

  await reopened.getByRole('button', { name: 'Back to home' }).click();
  await reopened.getByRole('link', { name: 'History' }).click();
  // History's code may still be on its way; its reads start after its first frame, which this
  // paused clock runs only when told. So wait for the screen itself, then let a second pass.
  await expect(reopened.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  await reopened.clock.runFor(1000);
  const recent = reopened.getByRole('region', { name: 'Recent sessions' });
  await expect(recent.getByRole('listitem')).toHaveCount(1);
  await expect(recent.getByRole('listitem')).toContainText(`· ${minutes} min`);
});
