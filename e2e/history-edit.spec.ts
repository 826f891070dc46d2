import { expect, type Page, test } from '@playwright/test';
import { expectNoViolations } from './support/axe';
import { BERLIN_EVENING, crampOn, sessionOn } from './support/records';
import { putRecords, readStore } from './support/storage';

test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });

const sessions = (page: Page) =>
  page.getByRole('region', { name: 'Recent sessions' }).getByRole('listitem');
const cramps = (page: Page) =>
  page.getByRole('region', { name: 'Cramp diary' }).getByRole('listitem');
const cell = (page: Page, day: RegExp) => page.getByRole('cell', { name: day });

test('a session deleted in one tab goes from History and the streak in both; Undo brings it back', async ({
  context,
}) => {
  await context.clock.install({ time: BERLIN_EVENING });
  const history = await context.newPage();
  await history.goto('/');
  const tonight = sessionOn('2026-03-05');
  await putRecords(history, 'completions', [sessionOn('2026-03-04'), tonight]);
  await history.goto('/#/history');
  const home = await context.newPage();
  await home.goto('/');
  await expect(home.getByRole('region', { name: 'Streak' })).toContainText('2 nights in a row');
  await expect(sessions(history)).toHaveCount(2);
  const deleteTonight = history.getByRole('button', {
    name: 'Delete Bedtime stretch, Thu 5 Mar, 21:10',
  });
  const undo = history.getByRole('status').filter({ hasText: 'Deleted Bedtime stretch' });

  // Undo at once puts the very same record back.
  await deleteTonight.click();
  await expect(undo).toContainText('Deleted Bedtime stretch, Thu 5 Mar, 21:10.');
  await expect(undo.getByRole('button', { name: 'Undo' })).toBeFocused();
  await undo.getByRole('button', { name: 'Undo' }).click();
  await expect(sessions(history)).toHaveCount(2);
  await expect(home.getByRole('region', { name: 'Streak' })).toContainText('2 nights in a row');
  expect(await readStore(history, 'completions')).toContainEqual(tonight);

  // Deleted, the night leaves History, the calendar and the streak in both tabs.
  await deleteTonight.click();
  await expect(undo).toBeVisible();
  await expectNoViolations(history, 'History with Undo offered');
  await expect(sessions(history)).toHaveCount(1);
  await expect(cell(history, /Thursday 5 March/)).toHaveAccessibleName(
    'Thursday 5 March (tonight): not stretched',
  );
  await expect(history.getByRole('region', { name: 'Your nights' })).toContainText(
    '1 night in all',
  );
  await expect(home.getByRole('region', { name: 'Streak' })).toContainText('1 night in a row');
  expect(await readStore(history, 'completions')).toHaveLength(1);

  // Undo is offered for a few seconds only; then the deletion stays.
  await context.clock.runFor(9_000);
  await expect(undo).toHaveCount(0);
  await history.reload();
  await expect(sessions(history)).toHaveCount(1);
  await expect(home.getByRole('region', { name: 'Streak' })).toContainText('1 night in a row');
});

test('a cramp can be changed and deleted, and the calendar follows in every tab', async ({
  context,
}) => {
  await context.clock.install({ time: BERLIN_EVENING });
  const page = await context.newPage();
  await page.goto('/');
  const cramp = crampOn('2026-03-04', 2);
  await putRecords(page, 'cramps', [cramp]);
  await page.goto('/#/history');
  const other = await context.newPage();
  await other.goto('/#/history');
  await expect(cell(other, /Wednesday 4 March/)).toHaveAccessibleName(
    'Wednesday 4 March: not stretched, 1 cramp',
  );

  await page.getByRole('link', { name: 'Change the cramp of Thu 5 Mar, 02:00' }).click();
  await expect(page.getByRole('heading', { name: 'Change this cramp' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Left' })).toBeChecked();
  await expect(page.getByRole('radio', { name: '2', exact: true })).toBeChecked();
  await expectNoViolations(page, 'Change this cramp');
  await page.getByRole('radio', { name: 'Right' }).check();
  await page.getByRole('radio', { name: '5', exact: true }).check();
  await page.getByLabel('When').fill('2026-03-05T21:00');
  await page.getByLabel('Note (optional)').fill('Woke me twice');
  await page.getByRole('button', { name: 'Save changes' }).click();

  await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
  await expect(cramps(page)).toHaveCount(1);
  await expect(cramps(page)).toContainText('Right leg, calf · 5 of 5');
  await expect(cramps(page)).toContainText('Woke me twice');
  const stored = await readStore(page, 'cramps');
  expect(stored).toEqual([
    {
      ...cramp,
      at: Date.parse('2026-03-05T21:00:00+01:00'),
      night: '2026-03-05',
      leg: 'right',
      severity: 5,
      note: 'Woke me twice',
    },
  ]);
  for (const tab of [page, other]) {
    await expect(cell(tab, /Thursday 5 March/)).toHaveAccessibleName(
      'Thursday 5 March (tonight): not stretched, 1 cramp',
    );
    await expect(cell(tab, /Wednesday 4 March/)).toHaveAccessibleName(
      'Wednesday 4 March: not stretched',
    );
  }

  await page.getByRole('button', { name: 'Delete the cramp of Thu 5 Mar, 21:00' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted the cramp' })).toBeVisible();
  await expect(cramps(page)).toHaveCount(0);
  await expect(cell(other, /Thursday 5 March/)).toHaveAccessibleName(
    'Thursday 5 March (tonight): not stretched',
  );
  expect(await readStore(page, 'cramps')).toEqual([]);

  // A cramp deleted elsewhere cannot be changed: the screen says so instead of saving a ghost.
  await page.goto(`/#/cramp/${cramp.id}`);
  await expect(
    page.getByRole('heading', { name: 'This cramp is no longer in your diary' }),
  ).toBeVisible();
  await expectNoViolations(page, 'a cramp that is gone');
});
