import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoViolations } from './support/axe';
import { BERLIN_EVENING, crampOn, sessionOn } from './support/records';
import { englishRoutineFile } from './support/routines';
import { putRecords, readKeyval, readStore, writeKeyval } from './support/storage';

test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });

test('erase everything: a backup first, then typed confirmation, and every tab starts afresh', async ({
  context,
}, testInfo) => {
  // Two tabs, a download and a restore: a long journey for a busy two-core machine.
  test.setTimeout(120_000);
  await context.clock.install({ time: BERLIN_EVENING });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Streak' })).toContainText('0 nights in a row');
  await putRecords(page, 'completions', [sessionOn('2026-03-05')]);
  await putRecords(page, 'cramps', [crampOn('2026-03-04')]);
  const ownRoutine = {
    ...englishRoutineFile('quick-wind-down'),
    id: 'my-evening',
    name: 'My evening',
  };
  await writeKeyval(page, 'customRoutines', [ownRoutine]);
  await writeKeyval(page, 'settings', { theme: 'red', volume: 0.3 });
  await writeKeyval(page, 'activeSession', { unfinished: true });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'red');

  // Another tab stays on Home and must follow.
  const other = await context.newPage();
  await other.goto('/');
  await expect(other.getByRole('region', { name: 'Streak' })).toContainText('1 night in a row');
  await expect(other.getByRole('button', { name: /^Start My evening/ })).toBeVisible();

  await page.getByRole('link', { name: 'History' }).click();
  const erase = page.getByRole('region', { name: 'Erase everything on this phone' });
  await erase.getByRole('button', { name: 'Erase everything…' }).click();
  const confirm = erase.getByRole('group', { name: 'Erase all your Nightstretch data' });
  await expectNoViolations(page, 'History, confirming erase');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    confirm.getByRole('button', { name: 'Save a backup first' }).click(),
  ]);
  const backupPath = testInfo.outputPath('before-erase.json');
  await download.saveAs(backupPath);
  const backup = JSON.parse(readFileSync(backupPath, 'utf8'));
  expect(backup.completions).toHaveLength(1);
  expect(backup.cramps).toHaveLength(1);
  await expect(confirm.getByRole('status')).toContainText('Backup saved: 1 session, 1 cramp');

  // Nothing happens until the word is typed.
  const eraseButton = confirm.getByRole('button', { name: 'Erase everything', exact: true });
  await expect(eraseButton).toBeDisabled();
  await confirm.getByLabel('Type the word “erase” to confirm').fill('eras');
  await expect(eraseButton).toBeDisabled();
  expect(await readStore(page, 'completions')).toHaveLength(1);
  await confirm.getByLabel('Type the word “erase” to confirm').fill('Erase');
  await eraseButton.click();

  await expect(erase.getByRole('status')).toHaveText(
    'Erased from this phone: 1 session, 1 cramp, 1 routine of your own, your settings and an unfinished routine. Nightstretch is as it was on the first day.',
  );
  await expectNoViolations(page, 'History after erasing');
  expect(await readStore(page, 'completions')).toEqual([]);
  expect(await readStore(page, 'cramps')).toEqual([]);
  expect(await readStore(page, 'keyval')).toEqual([]);
  await expect(page.getByRole('region', { name: 'Recent sessions' })).toContainText(
    'Your finished routines will be listed here.',
  );
  await expect(page.getByRole('region', { name: 'Your nights' })).toContainText('0 nights in all');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'night');

  await expect(other.getByRole('region', { name: 'Streak' })).toContainText('0 nights in a row');
  await expect(other.locator('html')).toHaveAttribute('data-theme', 'night');
  await expect(other.getByRole('button', { name: /^Start My evening/ })).toHaveCount(0);

  // The backup saved first brings it all back.
  await page.getByLabel('Restore from a backup file').setInputFiles(backupPath);
  await page
    .getByRole('group', { name: /Backup from/ })
    .getByRole('button', { name: 'Add them' })
    .click();
  await expect(page.getByRole('region', { name: 'Your nights' })).toContainText('1 night in all');
  expect(await readKeyval(page, 'settings')).toMatchObject({ theme: 'red', volume: 0.3 });
  await expect(other.locator('html')).toHaveAttribute('data-theme', 'red');
});
