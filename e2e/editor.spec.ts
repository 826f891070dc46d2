import { expect, type Page, test } from '@playwright/test';
import { expectNoViolations } from './support/axe';
import { writeKeyval } from './support/storage';

const stepNames = (page: Page) =>
  page.getByRole('region', { name: 'Your stretches' }).getByRole('heading', { level: 3 });

test('build, save, play, rename and delete your own routine', async ({ page }) => {
  test.slow(); // a whole routine, played on a fake clock
  await page.clock.install();
  await page.goto('/');
  await page.getByRole('link', { name: 'Make your own routine' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Make your own routine');

  // A bad draft says what is wrong.
  await page.getByRole('button', { name: 'Save routine' }).click();
  await expect(page.getByRole('alert')).toHaveText('Give your routine a name.');

  await page.getByLabel('Routine name').fill('Legs at night');
  await page.getByRole('button', { name: 'Add Ankle circles' }).click();
  await page.getByRole('button', { name: 'Add Ankle pumps' }).click();
  await expect(stepNames(page)).toHaveText(['Ankle circles', 'Ankle pumps']);
  await page.getByRole('button', { name: 'Move Ankle pumps up' }).click();
  await expect(stepNames(page)).toHaveText(['Ankle pumps', 'Ankle circles']);
  // Focus stays with the moved stretch, which is now at the top.
  await expect(page.getByRole('button', { name: 'Move Ankle pumps down' })).toBeFocused();
  await page.getByLabel('Hold Ankle pumps (seconds)').fill('15');
  await page.getByRole('button', { name: 'Save routine' }).click();

  const start = page.getByRole('button', { name: 'Start Legs at night' });
  await expect(start).toBeVisible();
  await start.click();
  await expect(page.getByRole('heading', { name: 'Ankle pumps' })).toBeVisible();
  await page.clock.runFor(10 * 60 * 1000);
  await expect(page.getByRole('heading', { name: /complete/i })).toBeVisible();

  // Saved on the phone: still there after a reload.
  await page.goto('/');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Start Legs at night' })).toBeVisible();
  await page.getByRole('link', { name: 'Edit Legs at night' }).click();
  await expect(page.getByLabel('Routine name')).toHaveValue('Legs at night');
  await expect(stepNames(page)).toHaveText(['Ankle pumps', 'Ankle circles']);
  await expect(page.getByLabel('Hold Ankle pumps (seconds)')).toHaveValue('15');
  await page.getByLabel('Routine name').fill('Calm legs');
  await page.getByRole('button', { name: 'Save routine' }).click();
  await expect(page.getByRole('button', { name: 'Start Calm legs' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start Legs at night' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Edit Calm legs' }).click();
  await page.getByRole('button', { name: 'Delete routine' }).click();
  await expect(page.getByText('Delete “Calm legs” for good?')).toBeVisible();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nightstretch');
  await expect(page.getByRole('button', { name: 'Start Calm legs' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('button', { name: /^Start Bedtime stretch/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start Calm legs' })).toHaveCount(0);
});

test('a broken stored routine does not break Home', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nightstretch');
  await writeKeyval(page, 'customRoutines', [{ id: 'my-broken', steps: 'none' }, 42]);
  await page.reload();
  await expect(page.getByRole('button', { name: /^Start Bedtime stretch/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Make your own routine' })).toBeVisible();
});

test('the routine editor passes axe', async ({ page }) => {
  await page.goto('/#/editor');
  await page.getByRole('button', { name: 'Add Wall calf stretch' }).click();
  await page.getByRole('button', { name: 'Save routine' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoViolations(page, 'the routine editor');
});

test('a routine saved in one tab appears on Home in another, without a reload', async ({
  context,
}) => {
  const home = await context.newPage();
  await home.goto('/');
  await expect(home.getByRole('heading', { level: 1, name: 'Nightstretch' })).toBeVisible();

  const editor = await context.newPage();
  await editor.goto('/#/editor');
  await editor.getByLabel('Routine name').fill('Second tab');
  await editor.getByRole('button', { name: 'Add Ankle circles' }).click();
  await editor.getByRole('button', { name: 'Save routine' }).click();
  await expect(editor.getByRole('button', { name: 'Start Second tab' })).toBeVisible();

  await expect(home.getByRole('button', { name: 'Start Second tab' })).toBeVisible();
});
