import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { englishRoutineFile } from './support/routines';
import { writeKeyval } from './support/storage';

// A Thursday evening in Berlin; the night is 2026-03-05 and the calendar opens on March 2026.
const EVENING = new Date('2026-03-05T21:30:00+01:00');
test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });

async function finishRoutine(page: Page, name: string) {
  await page.getByRole('button', { name: `Start ${name}` }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  await page.clock.runFor(15 * 60 * 1000);
  await expect(page.getByRole('heading', { name: /complete/i })).toBeVisible();
}

async function logCrampFromHome(page: Page, leg: 'Left' | 'Right' | 'Both') {
  await page.getByRole('link', { name: 'Write down a cramp' }).click();
  await page.getByRole('radio', { name: leg }).check();
  await page.getByRole('button', { name: 'Save cramp' }).click();
  await expect(page.getByRole('heading', { name: 'Cramp logged' })).toBeVisible();
}

const tonightCell = (page: Page) => page.getByRole('cell', { name: /Thursday 5 March/ });

test('a routine and a cramp reach the calendar, and survive export, clearing the site and import', async ({
  page,
  context,
}, testInfo) => {
  await page.clock.install({ time: EVENING });
  await page.goto('/');
  await finishRoutine(page, 'Bedtime stretch');
  await page.getByRole('button', { name: 'Back to home' }).click();
  await logCrampFromHome(page, 'Right');
  await page.getByRole('link', { name: 'See history' }).click();

  await expect(page.getByRole('heading', { name: 'March 2026' })).toBeVisible();
  await expect(tonightCell(page)).toHaveAccessibleName(
    'Thursday 5 March (tonight): stretched, 1 cramp',
  );
  const summary = page.getByRole('region', { name: 'Your nights' });
  await expect(summary).toContainText('1 night in a row');
  await expect(page.getByRole('region', { name: 'Recent sessions' })).toContainText(
    'Bedtime stretch',
  );
  await expect(page.getByRole('region', { name: 'Cramp diary' })).toContainText('Right leg, calf');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // A routine of the person's own, as the routine editor saves it.
  const ownRoutine = {
    ...englishRoutineFile('quick-wind-down'),
    id: 'my-evening',
    name: 'My evening',
  };
  await writeKeyval(page, 'customRoutines', [ownRoutine]);

  const [backupDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save a backup file' }).click(),
  ]);
  expect(backupDownload.suggestedFilename()).toBe('nightstretch-backup-2026-03-05.json');
  const backupPath = testInfo.outputPath('backup.json');
  await backupDownload.saveAs(backupPath);
  const backup = JSON.parse(readFileSync(backupPath, 'utf8'));
  expect(backup).toMatchObject({ format: 'nightstretch-backup', formatVersion: 3 });
  expect(backup.completions).toEqual([
    expect.objectContaining({ routineName: 'Bedtime stretch', counted: true }),
  ]);
  expect(backup.completions).toHaveLength(1);
  expect(backup.cramps).toHaveLength(1);
  expect(backup.routines).toEqual([ownRoutine]);
  await expect(page.getByRole('status')).toContainText(
    'Backup saved: 1 session, 1 cramp and 1 routine of your own',
  );

  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save a spreadsheet for your doctor' }).click(),
  ]);
  const csvPath = testInfo.outputPath('history.csv');
  await csvDownload.saveAs(csvPath);
  const csv = readFileSync(csvPath, 'utf8');
  expect(csv).toContain('stretch,2026-03-05,2026-03-05,');
  expect(csv).toContain(',right,calf,3,');

  // Clear the site's data as the browser's settings would, with the page still open.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', {
    origin: new URL(page.url()).origin,
    storageTypes: 'all',
  });
  await expect(page.getByRole('alert')).toContainText('lost its connection');
  await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Streak' })).toContainText('0 nights in a row');

  await page.getByRole('link', { name: 'History' }).click();
  await expect(tonightCell(page)).toHaveAccessibleName('Thursday 5 March (tonight): not stretched');
  await page.getByLabel('Restore from a backup file').setInputFiles(backupPath);
  const preview = page.getByRole('group', { name: /Backup from/ });
  await expect(preview).toContainText('1 session, 1 cramp and 1 routine of your own will be added');
  await preview.getByRole('button', { name: 'Add them' }).click();
  await expect(page.getByRole('status')).toContainText(
    'Added 1 session, 1 cramp and 1 routine of your own',
  );
  await expect(tonightCell(page)).toHaveAccessibleName(
    'Thursday 5 March (tonight): stretched, 1 cramp',
  );
  await expect(summary).toContainText('1 night in a row');

  // The same file again adds nothing.
  await page.getByLabel('Restore from a backup file').setInputFiles(backupPath);
  await expect(page.getByRole('group', { name: /Backup from/ })).toContainText(
    'already on this phone',
  );

  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Streak' })).toContainText('1 night in a row');
  await expect(page.getByRole('button', { name: /^Start My evening/ })).toBeVisible();
});

test('a damaged backup is refused with the reason and changes nothing', async ({ page }) => {
  await page.clock.install({ time: EVENING });
  await page.goto('/');
  await finishRoutine(page, 'Quick wind-down');
  await page.goto('/#/history');
  await expect(tonightCell(page)).toHaveAccessibleName('Thursday 5 March (tonight): stretched');
  await page.getByLabel('Restore from a backup file').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'nightstretch-backup',
        formatVersion: 1,
        appVersion: '0.1.0',
        exportedAt: '2026-03-01T20:00:00.000Z',
        completions: [],
        cramps: [{ id: 'x', at: 1, loggedAt: 1, utcOffsetMinutes: 0, night: '2026-03-01' }],
      }),
    ),
  });
  await expect(page.getByRole('alert')).toHaveText(
    'This backup is damaged. Field "cramps[0].leg" is missing. Nothing was changed.',
  );
  await page.getByLabel('Restore from a backup file').setInputFiles({
    name: 'photo.json',
    mimeType: 'application/json',
    buffer: Buffer.from('\x89PNG not json'),
  });
  await expect(page.getByRole('alert')).toContainText('it is not JSON');
  await expect(
    page.getByRole('region', { name: 'Recent sessions' }).getByRole('listitem'),
  ).toHaveCount(1);
});

test('the cramp relief routine leads to the diary, and three cramps in a week bring the doctor card once', async ({
  page,
}) => {
  await page.clock.install({ time: EVENING });
  await page.goto('/');
  await page.getByRole('button', { name: 'Start Cramp relief' }).click();
  await page.getByRole('button', { name: "It's eased" }).click();
  await page.getByRole('button', { name: 'Log this cramp' }).click();
  await page.getByRole('button', { name: 'Save cramp' }).click();
  await expect(page.getByRole('heading', { name: 'Cramp logged' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'A doctor could help' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Back to home' }).click();

  for (const when of ['2026-03-03T02:30', '2026-03-01T23:10']) {
    await page.getByRole('link', { name: 'Write down a cramp' }).click();
    await page.getByRole('radio', { name: 'Foot' }).check();
    await page.getByRole('radio', { name: '4' }).check();
    await page.getByLabel('When').fill(when);
    await page.getByLabel('Note (optional)').fill('Woke me up');
    await page.getByRole('button', { name: 'Save cramp' }).click();
    await expect(page.getByRole('heading', { name: 'Cramp logged' })).toBeVisible();
    if (when.startsWith('2026-03-03'))
      await page.getByRole('button', { name: 'Back to home' }).click();
  }
  const card = page.getByRole('region', { name: 'A doctor could help' });
  await expect(card).toContainText('the pain is severe and stretching does not ease it');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.getByRole('link', { name: 'See history' }).click();
  // 02:30 on 3 March counts for the night of 2 March.
  await expect(page.getByRole('cell', { name: /Monday 2 March/ })).toHaveAccessibleName(
    'Monday 2 March: not stretched, 1 cramp',
  );
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: 'Got it, hide this' }).click();
  await expect(card).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Your nights' })).toBeVisible();
  await expect(card).toHaveCount(0);

  await page.getByRole('link', { name: 'Log a cramp' }).click();
  await page.getByRole('button', { name: 'Save cramp' }).click();
  await expect(page.getByRole('heading', { name: 'Cramp logged' })).toBeVisible();
  await expect(card).toHaveCount(0);
});

test('a full disk gives a clear message, and the night is saved once there is room', async ({
  page,
}) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('disk') === 'freed') return;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args) {
      if (this.name === 'completions') throw new DOMException('disk full', 'QuotaExceededError');
      return put.apply(this, args as Parameters<typeof put>);
    };
  });
  await page.clock.install({ time: EVENING });
  await page.goto('/');
  await finishRoutine(page, 'Quick wind-down');
  await expect(page.getByRole('alert')).toContainText('out of storage space');
  await expect(page.getByRole('heading', { name: /complete/i })).toBeVisible();

  await page.evaluate(() => sessionStorage.setItem('disk', 'freed'));
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Streak' })).toContainText('1 night in a row');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Streak' })).toContainText('1 night in a row');
});

test('with no storage at all (as in some private windows), Home explains and a routine still plays', async ({
  page,
}) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
  await page.clock.install({ time: EVENING });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('cannot save on this device');
  await expect(page.getByRole('region', { name: 'Streak' })).toContainText(
    "Your nights can't be read right now",
  );
  await finishRoutine(page, 'Quick wind-down');
  await expect(page.getByRole('heading', { name: /complete/i })).toBeVisible();
});
