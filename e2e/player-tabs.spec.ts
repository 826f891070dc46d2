import { expect, type Page, test } from '@playwright/test';
import { EVENING, startRoutine } from './playerHelpers';
import { readKeyval } from './support/storage';

// One player across tabs: two pages of one context share IndexedDB and Web Locks, as two tabs do.

const elsewhere = (page: Page) => page.getByRole('heading', { name: 'Playing in another tab' });
const carryOn = (page: Page) => page.getByRole('heading', { name: 'Carry on where you stopped?' });
const home = (page: Page) => page.getByRole('heading', { level: 1, name: 'Nightstretch' });

async function openHome(page: Page): Promise<void> {
  await page.goto('/');
  await expect(home(page)).toBeVisible();
}

/** The routine id of the session saved for resuming, or null when none is saved. */
async function savedRoutineId(page: Page): Promise<string | null> {
  const saved = (await readKeyval(page, 'activeSession')) as
    | { timeline: { routineId: string } }
    | undefined;
  return saved?.timeline.routineId ?? null;
}

async function stop(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Stop' }).click();
  await page.getByRole('button', { name: 'Yes, stop' }).click();
}

test('a second tab says the routine plays elsewhere, and never offers the same save', async ({
  page,
  context,
}) => {
  await openHome(page);
  await startRoutine(page, 'Bedtime stretch');
  await expect.poll(() => savedRoutineId(page)).toBe('bedtime-stretch');

  const second = await context.newPage();
  await openHome(second);
  await expect(elsewhere(second)).toBeVisible();
  await expect(carryOn(second)).toHaveCount(0);

  // The first tab is closed (or killed): its save is offered at once in the one left.
  await page.close({ runBeforeUnload: false });
  await expect(carryOn(second)).toBeVisible();
  await expect(elsewhere(second)).toHaveCount(0);
});

test("starting in a second tab ends the first tab's routine and keeps the new save", async ({
  page,
  context,
}) => {
  // Time stands still, so each tab saves once, at its start, and never writes its save again.
  await context.clock.install({ time: EVENING });
  await context.clock.pauseAt(EVENING + 1000);
  await openHome(page);
  await startRoutine(page, 'Bedtime stretch');
  await expect.poll(() => savedRoutineId(page)).toBe('bedtime-stretch');

  const second = await context.newPage();
  await openHome(second);
  await context.clock.runFor(500); // the after-paint work: the session runtime loads
  await expect(elsewhere(second)).toBeVisible();
  await startRoutine(second, 'Quick wind-down');
  await context.clock.runFor(200); // the first tab's effects run (they wait for a frame)

  // One player: the first tab's routine stops and its Home says where the routine is now.
  await expect(home(page)).toBeVisible();
  await expect(elsewhere(page)).toBeVisible();
  await expect(page.getByRole('heading', { name: /is (playing|paused)$/ })).toHaveCount(0);
  // The first tab ending its routine did not erase the second tab's save.
  await expect.poll(() => savedRoutineId(second)).toBe('quick-wind-down');
  await expect(second.getByRole('timer')).toBeVisible();
  for (let check = 0; check < 5; check++) {
    await context.clock.runFor(100);
    expect(await savedRoutineId(second)).toBe('quick-wind-down');
  }

  // The second tab stops: its own save goes, and the first tab no longer says "elsewhere".
  await stop(second);
  await expect.poll(() => savedRoutineId(second)).toBeNull();
  await expect(elsewhere(page)).toHaveCount(0);
});

test.describe('where the browser has no Web Locks', () => {
  test.beforeEach(async ({ context }) => {
    await context.addInitScript(() => {
      delete (Navigator.prototype as { locks?: unknown }).locks;
    });
  });

  test('each tab plays on its own, as before', async ({ page, context }) => {
    const errors: Error[] = [];
    page.on('pageerror', (error) => errors.push(error));
    await openHome(page);
    expect(await page.evaluate(() => 'locks' in navigator)).toBe(false);
    await startRoutine(page, 'Bedtime stretch');
    await expect.poll(() => savedRoutineId(page)).toBe('bedtime-stretch');

    const second = await context.newPage();
    second.on('pageerror', (error) => errors.push(error));
    await openHome(second);
    await expect(carryOn(second)).toBeVisible();
    await stop(page);
    await expect.poll(() => savedRoutineId(page)).toBeNull();
    expect(errors).toEqual([]);
  });
});
