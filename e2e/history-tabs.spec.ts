import { expect, type Page, test } from '@playwright/test';

const EVENING = new Date('2026-03-05T21:30:00+01:00');
test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });

function storedCompletionIds(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('nightstretch');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result
            .transaction('completions')
            .objectStore('completions')
            .getAllKeys();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as string[]);
          };
        };
      }),
  );
}

test('two tabs open at once play one routine at a time, save each once and stay in step', async ({
  context,
}) => {
  await context.clock.install({ time: EVENING });
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('/');
  await second.goto('/');
  await expect(second.getByRole('region', { name: 'Streak' })).toContainText('0 nights in a row');

  // One tab finishes while the other sits on Home: the idle tab hears of it without a reload.
  await first.getByRole('button', { name: 'Start Bedtime stretch' }).click();
  await context.clock.runFor(15 * 60 * 1000);
  await expect(first.getByRole('heading', { name: /complete/i })).toBeVisible();
  await expect(second.getByRole('region', { name: 'Streak' })).toContainText('1 night in a row');
  await first.getByRole('button', { name: 'Back to home' }).click();

  // A routine started in one tab while another plays there: one player, so the first tab's
  // routine stops (uncounted) and that tab says where the routine is now.
  await first.getByRole('button', { name: 'Start In-bed stretch' }).click();
  await expect(first.getByRole('timer')).toBeVisible();
  await second.getByRole('button', { name: 'Start Quick wind-down' }).click();
  await expect(first.getByRole('heading', { name: 'Playing in another tab' })).toBeVisible();
  await context.clock.runFor(15 * 60 * 1000);
  await expect(second.getByRole('heading', { name: /complete/i })).toBeVisible();
  await expect(second.getByText('Your streak is 1 night')).toBeVisible();
  await expect(first.getByRole('heading', { name: 'Playing in another tab' })).toHaveCount(0);
  await expect(first.getByRole('region', { name: 'Streak' })).toContainText('1 night in a row');

  const ids = await storedCompletionIds(first);
  expect(ids).toHaveLength(2);
  expect(new Set(ids).size).toBe(2);
  expect(ids.some((id) => id.startsWith('in-bed-stretch@'))).toBe(false);

  await first.reload();
  await first.reload();
  expect(await storedCompletionIds(first)).toEqual(ids);

  await first.goto('/#/history');
  await expect(
    first.getByRole('region', { name: 'Recent sessions' }).getByRole('listitem'),
  ).toHaveCount(2);
  await expect(first.getByRole('region', { name: 'Your nights' })).toContainText('1 night in all');
});

test('an upgrade from a newer tab is not blocked, and the older tab asks to reload', async ({
  context,
}) => {
  const old = await context.newPage();
  await old.goto('/');
  await expect(old.getByRole('region', { name: 'Streak' })).toContainText('0 nights in a row');

  const newer = await context.newPage();
  await newer.goto('/');
  const upgraded = await newer.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('nightstretch', 99);
        open.onblocked = () => resolve('blocked');
        open.onsuccess = () => {
          open.result.close();
          resolve(`opened v${open.result.version}`);
        };
        open.onerror = () => resolve(`error ${open.error?.name}`);
      }),
  );
  expect(upgraded).toBe('opened v99');
  await expect(old.getByRole('alert')).toContainText('updated in another tab');
  await expect(old.getByRole('button', { name: 'Reload' })).toBeVisible();
  await expect(old.getByRole('heading', { name: 'Nightstretch' })).toBeVisible();
});
