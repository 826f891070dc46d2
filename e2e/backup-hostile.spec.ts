import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { BERLIN_EVENING, crampOn, sessionOn } from './support/records';
import { englishRoutineFile } from './support/routines';
import { putRecords, readStore } from './support/storage';

test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB', serviceWorkers: 'block' });

const backupWith = (fields: Record<string, unknown>) => ({
  name: 'backup.json',
  mimeType: 'application/json',
  buffer: Buffer.from(
    JSON.stringify({
      format: 'nightstretch-backup',
      formatVersion: 2,
      appVersion: '0.1.0',
      exportedAt: '2026-03-05T20:00:00.000Z',
      completions: [],
      cramps: [],
      ...fields,
    }),
  ),
});

async function openHistoryWithOneNight(page: Page) {
  await page.clock.install({ time: BERLIN_EVENING });
  await page.goto('/');
  await putRecords(page, 'completions', [sessionOn('2026-03-04')]);
  await page.goto('/#/history');
  await expect(page.getByRole('region', { name: 'Your nights' })).toContainText('1 night in all');
}

const chooseFile = (page: Page, file: ReturnType<typeof backupWith>) =>
  page.getByLabel('Restore from a backup file').setInputFiles(file);

test('hostile backups are refused in plain words, and each refusal says nothing was changed', async ({
  page,
}) => {
  await openHistoryWithOneNight(page);
  const before = await readStore(page, 'completions');
  const alert = page.getByRole('alert');

  // A night that has not come yet would be counted as a phantom night.
  await chooseFile(page, backupWith({ completions: [sessionOn('2026-03-09')] }));
  await expect(alert).toHaveText(
    'This backup is damaged. Field "completions[0].completedAt" is 2026-03-09, which has not come yet on this phone. Nothing was changed.',
  );

  // A night that disagrees with the session's own time.
  await chooseFile(
    page,
    backupWith({ completions: [{ ...sessionOn('2026-03-02'), night: '2026-02-20' }] }),
  );
  await expect(alert).toHaveText(
    'This backup is damaged. Field "completions[0].night" is 2026-02-20, but the session finished on 2026-03-02, so the two disagree. Nothing was changed.',
  );

  // Unknown settings, __proto__ included, are refused like unknown fields anywhere else.
  await chooseFile(page, {
    ...backupWith({}),
    buffer: Buffer.from(
      backupWith({})
        .buffer.toString()
        .replace('"completions"', '"settings":{"__proto__":{"sound":false}},"completions"'),
    ),
  });
  await expect(alert).toHaveText(
    'This backup is damaged. Field "settings.__proto__" is not part of a Nightstretch backup. Nothing was changed.',
  );

  // A routine the schema refuses is described in words, not in the schema library's terms.
  const routine = englishRoutineFile('quick-wind-down');
  await chooseFile(page, backupWith({ routines: [{ ...routine, id: 'mine', steps: [] }] }));
  await expect(alert).toHaveText(
    'This backup is damaged. Field "routines[0].steps" must not be empty (it is an empty list). Nothing was changed.',
  );

  // Too big to be a backup.
  await chooseFile(page, {
    name: 'huge.json',
    mimeType: 'application/json',
    buffer: Buffer.alloc(11 * 1024 * 1024, 32),
  });
  await expect(alert).toContainText('far bigger than a Nightstretch backup can be');
  await expect(alert).toContainText('Nothing was changed.');

  expect(await readStore(page, 'completions')).toEqual(before);
  await expect(page.getByRole('region', { name: 'Your nights' })).toContainText('1 night in all');
});

test('a record already here with other details is reported as a conflict and kept as it is', async ({
  page,
}) => {
  await openHistoryWithOneNight(page);
  const mine = sessionOn('2026-03-04');
  await chooseFile(
    page,
    backupWith({
      completions: [{ ...mine, routineName: 'Something else' }],
      cramps: [crampOn('2026-03-03')],
    }),
  );
  const preview = page.getByRole('group', { name: /Backup from/ });
  await expect(preview).toContainText(
    'In conflict: 1 session in the file differs from the same record on this phone. The one on this phone is kept as it is.',
  );
  await expect(preview).not.toContainText('already on this phone');
  await expect(preview).toContainText('0 sessions and 1 cramp will be added');
  await preview.getByRole('button', { name: 'Add them' }).click();
  await expect(page.getByRole('status')).toContainText('Added 0 sessions and 1 cramp');
  expect(await readStore(page, 'completions')).toEqual([mine]);
});

test('History shows what it can and names the problem when one stored record is damaged', async ({
  page,
}, testInfo) => {
  await openHistoryWithOneNight(page);
  await putRecords(page, 'completions', [
    { id: 'broken', night: '2026-03-05', completedAt: Date.parse('2026-03-05T20:00:00Z') },
  ]);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Something went wrong' })).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveText(
    '1 saved session is damaged and cannot be shown, so it is left out below. Everything else is here.',
  );
  await expect(
    page.getByRole('region', { name: 'Recent sessions' }).getByRole('listitem'),
  ).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Recent sessions' })).toContainText(
    'Bedtime stretch',
  );

  // A backup still saves what is sound, says what it left out, and can be restored.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save a backup file' }).click(),
  ]);
  await expect(page.getByRole('status')).toContainText(
    '1 damaged record on this phone was left out, so the file can always be restored.',
  );
  const path = testInfo.outputPath('backup.json');
  await download.saveAs(path);
  expect(JSON.parse(readFileSync(path, 'utf8')).completions).toEqual([sessionOn('2026-03-04')]);
  await chooseFile(page, {
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: readFileSync(path),
  });
  await expect(page.getByRole('group', { name: /Backup from/ })).toContainText(
    'already on this phone',
  );
});

test('a backup file that cannot be read, or restore code that cannot be loaded, is reported', async ({
  page,
}) => {
  await openHistoryWithOneNight(page);
  await page.evaluate(() => {
    Blob.prototype.text = () => Promise.reject(new DOMException('gone', 'NotReadableError'));
  });
  await chooseFile(page, backupWith({}));
  await expect(page.getByRole('alert')).toHaveText(
    'The file could not be read. It may have been moved, deleted or still be downloading; choose it again. Nothing was changed.',
  );

  // Offline before the restore code was cached, or after a deploy removed it.
  await page.reload();
  await page.route(/\/assets\/backup-[\w-]+\.js$/, (route) => route.abort());
  await chooseFile(page, backupWith({}));
  await expect(page.getByRole('alert')).toContainText(
    'The part of Nightstretch that reads backups could not be loaded',
  );
  await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
  await expect(page.getByText('Checking the file…')).toHaveCount(0);
});

test('own routines that cannot be loaded are reported on Home', async ({ page }) => {
  await page.route(/\/assets\/customRoutineStore-[\w-]+\.js$/, (route) => route.abort());
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('Your own routines could not be loaded');
  await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start Bedtime stretch' })).toBeVisible();
});
