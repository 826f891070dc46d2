import { expect, type Page, test } from '@playwright/test';
import { cueNames, openHomeWithFrozenClock, playedCues, startRoutine } from './playerHelpers';

/** What the app has saved so far, read straight from IndexedDB (by cursor: see below). */
function savedSegment(page: Page): Promise<number | null> {
  return page.evaluate(
    () =>
      new Promise<number | null>((resolve, reject) => {
        const open = indexedDB.open('nightstretch');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('keyval').objectStore('keyval');
          const read = store.openCursor('activeSession');
          read.onsuccess = () => {
            open.result.close();
            resolve(read.result ? (read.result.value.segmentIndex as number) : null);
          };
        };
      }),
  );
}

/**
 * Counts the app's reads of the saved session (its `get`; the test reads by cursor), so a test
 * can wait until Home has looked for an interrupted routine before saying none is offered.
 */
async function countSavedSessionReads(page: Page): Promise<void> {
  await page.context().addInitScript(() => {
    const reads = { done: 0 };
    Object.assign(window, { __savedSessionReads: reads });
    const get = IDBObjectStore.prototype.get;
    IDBObjectStore.prototype.get = function (this: IDBObjectStore, key: IDBValidKey | IDBKeyRange) {
      const request = get.call(this, key);
      if (key === 'activeSession') {
        request.addEventListener('success', () => {
          reads.done += 1;
        });
      }
      return request;
    };
  });
}

/** Waits until Home has read the saved session and shown what it found. */
async function homeLookedForSavedSession(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          (window as unknown as { __savedSessionReads: { done: number } }).__savedSessionReads.done,
      ),
    )
    .toBeGreaterThan(0);
  await page.clock.runFor(100);
}

/**
 * Ends the page the way a phone's memory manager would. The progress must already be saved by
 * then (checked first), since a killed tab gets no chance to save on the way out. A new page in
 * the same context keeps the IndexedDB data, as a reopened app would.
 */
async function kill(page: Page, expectedSegment: number): Promise<Page> {
  await expect.poll(() => savedSegment(page)).toBe(expectedSegment);
  const next = await page.context().newPage();
  await page.close({ runBeforeUnload: false });
  return next;
}

/** Opens Home on a page of the same (paused) clock and lets its after-paint work run. */
async function reopen(page: Page): Promise<void> {
  await page.goto('/');
  // The first screen renders once its messages have loaded, which can be after the load event.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.clock.runFor(500);
}

const resumeHeading = (page: Page) =>
  page.getByRole('heading', { name: 'Carry on where you stopped?' });

test('a routine killed mid-way is offered again and resumes at the step it stopped', async ({
  page,
}) => {
  await openHomeWithFrozenClock(page);
  await startRoutine(page, 'Bedtime stretch');
  await page.keyboard.press('ArrowRight'); // on to the right leg
  await page.clock.runFor(20_000); // into its first hold
  await expect(page.getByText('Hold 1 of 2', { exact: true })).toBeVisible();
  const reopened = await kill(page, 5);
  await reopened.clock.runFor(5 * 60_000);
  await reopen(reopened);
  await expect(resumeHeading(reopened)).toBeVisible();
  await expect(reopened.getByText(/stretch 2 of 8: Wall calf stretch, right leg/)).toBeVisible();
  await reopened.getByRole('button', { name: 'Resume' }).click();

  await expect(reopened.getByRole('heading', { level: 1 })).toHaveText('Wall calf stretch');
  await expect(reopened.getByText('Right leg', { exact: true })).toBeVisible();
  await expect(reopened.getByText('Switch sides', { exact: true })).toBeVisible();
  expect(cueNames(await playedCues(reopened))).toEqual(['switch-side']);
  await reopened.clock.runFor(6_000);
  await expect(reopened.getByText('Hold 1 of 2', { exact: true })).toBeVisible();
});

test('discard forgets the interrupted routine; after 30 minutes it is not offered', async ({
  page,
}) => {
  await countSavedSessionReads(page);
  await openHomeWithFrozenClock(page);
  await startRoutine(page, 'Quick wind-down');
  await page.clock.runFor(10_000);
  const second = await kill(page, 1);
  await reopen(second);
  await expect(resumeHeading(second)).toBeVisible();
  await second.getByRole('button', { name: 'Discard' }).click();
  await expect(resumeHeading(second)).toHaveCount(0);
  await expect.poll(() => savedSegment(second)).toBeNull();
  await second.reload();
  await expect(second.getByRole('heading', { level: 1 })).toBeVisible();
  await second.clock.runFor(500);
  await expect(second.getByRole('heading', { name: 'Streak' })).toBeVisible();
  await homeLookedForSavedSession(second);
  await expect(resumeHeading(second)).toHaveCount(0);

  await startRoutine(second, 'Quick wind-down');
  await second.clock.runFor(10_000);
  const third = await kill(second, 1);
  await third.clock.runFor(31 * 60_000);
  await reopen(third);
  await expect(third.getByRole('heading', { name: 'Streak' })).toBeVisible();
  await expect(third.getByText(/nights? in a row/)).toBeVisible();
  await homeLookedForSavedSession(third);
  await expect(resumeHeading(third)).toHaveCount(0);
  // Too old to offer, so it is forgotten, not kept for later.
  await expect.poll(() => savedSegment(third)).toBeNull();
});
