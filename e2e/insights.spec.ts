import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { insightsSample } from '../src/storage/sampleData';
import { expectNoViolations } from './support/axe';
import { seedRecords } from './support/storage';

// Thursday 5 March 2026 in Berlin (UTC+1); the sample ends tonight, not yet stretched.
const EVENING = new Date('2026-03-05T21:30:00+01:00');
const TONIGHT = '2026-03-05';
const sample = insightsSample(TONIGHT, 60);
test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB', reducedMotion: 'reduce' });

async function openWithSample(page: Page, hash: string): Promise<void> {
  await page.clock.install({ time: EVENING });
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Streak' })).toBeVisible();
  await seedRecords(page, sample.completions, sample.cramps);
  await page.goto(`/${hash}`);
}

const insights = (page: Page) => page.getByRole('region', { name: 'Is it helping?' });

test('History answers "Is it helping?" with a chart, its numbers and plain sentences', async ({
  page,
}) => {
  await openWithSample(page, '#/history');
  const section = insights(page);
  const chart = section.getByRole('img', {
    name: 'Nights stretched and cramps, week by week, for the last 12 weeks',
  });
  await expect(chart).toBeVisible();
  await expect(section).toContainText(
    'In the last 4 weeks you stretched on 22 nights and logged 3 cramps; in the 4 weeks before, 9 nights and 8 cramps.',
  );
  // The chart draws a bar for every week with a stretched night, and one mark per cramp.
  await expect(chart.locator('.chart-bar')).toHaveCount(12);
  await expect(chart.locator('.chart-cramp rect')).toHaveCount(13);

  // The same numbers as a table, behind a toggle.
  await section.getByText('Show the numbers').first().click();
  const weeks = section.getByRole('table', { name: 'Nights stretched and cramps, week by week' });
  await expect(weeks.getByRole('row')).toHaveCount(13);
  await expect(weeks.getByRole('row', { name: /^2 Mar/ })).toHaveText(/2 Mar\s*3 of 4\s*0/);
  await expect(weeks.getByRole('row', { name: /^23 Feb/ })).toHaveText(/23 Feb\s*5 of 7\s*1/);

  await expect(section).toContainText(
    'After nights you stretched: 0.3 cramps per 10 nights (1 cramp in 35 nights).',
  );
  await expect(section).toContainText(
    'After other nights: 2.7 cramps per 10 nights (12 cramps in 45 nights).',
  );
  await expect(section).toContainText('a pattern in your own diary, not proof');

  await expect(section.getByRole('img', { name: /Cramps by the hour/ })).toBeVisible();
  await expect(section).toContainText(
    'Your cramps came most often between 02:00 and 03:00: 5 of 13.',
  );
  await section.getByText('Show the numbers').last().click();
  const hours = section.getByRole('table', { name: /Cramps by hour/ });
  await expect(hours.getByRole('row')).toHaveCount(6); // header + 23, 0, 1, 2, 3 o'clock
});

test('a new person is told a comparison comes after two weeks, with nothing drawn as noise', async ({
  page,
}) => {
  await page.clock.install({ time: EVENING });
  await page.goto('/#/history');
  const section = insights(page);
  await expect(section).toContainText('After two weeks of nights this will show a comparison.');
  await expect(section).toContainText('at least 7 nights of each');
  await expect(section).toContainText('No cramps logged yet.');
  await expect(section.getByRole('img')).toHaveCount(0);
});

test('the doctor summary prints to PDF with every cramp, warning words marked', async ({
  page,
}, testInfo) => {
  await openWithSample(page, '#/history');
  await insights(page).getByRole('link', { name: 'Summary for your doctor' }).click();
  await expect(page).toHaveURL(/#\/history\/summary$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Stretching and cramp diary' }),
  ).toBeFocused();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
  await expect(page.getByText('15 December 2025 to 5 March 2026')).toBeVisible();

  const pdfPath = testInfo.outputPath('summary.pdf');
  writeFileSync(pdfPath, await page.pdf({ format: 'A4' }));
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  const lines = text.split('\n');
  // Dates and times as the person's browser writes them (its locale, the cramp's own offset).
  const written = await page.evaluate(
    (cramps) =>
      cramps.map(({ at, offset }) => [
        new Intl.DateTimeFormat(undefined, {
          weekday: 'short',
          day: 'numeric',
          month: 'short',
          year: 'numeric',
          timeZone: 'UTC',
        }).format(at + offset * 60_000),
        new Intl.DateTimeFormat(undefined, {
          hour: '2-digit',
          minute: '2-digit',
          timeZone: 'UTC',
        }).format(at + offset * 60_000),
      ]),
    sample.cramps.map((cramp) => ({
      at: cramp.at,
      offset: cramp.utcOffsetMinutes,
    })),
  );
  expect(written).toHaveLength(13);
  for (const [index, cramp] of sample.cramps.entries()) {
    const [date = '', time = ''] = written[index] ?? [];
    const row = lines.find((line) => line.includes(date) && line.includes(time));
    expect(row, `cramp on ${date} at ${time} in the PDF`).toBeTruthy();
    expect(row).toContain(String(cramp.severity));
    if (cramp.note) expect(text.replace(/\s+/g, ' ')).toContain(cramp.note.split(' ')[0]);
  }
  expect(text).toContain('Worth mentioning');
  expect(text).toMatch(/does not diagnose/);
  expect(text).toContain('Bedtime stretch');
  // Paper gets the page only: no navigation, no buttons.
  expect(text).not.toContain('Print or save as PDF');
  expect(text).not.toMatch(/Home\s+History\s+Learn/);
  // Black on white on paper, whatever the theme on screen.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('body')).toHaveCSS('color', 'rgb(0, 0, 0)');
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  await expect(page.locator('mark').first()).toHaveText('swollen');
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // Over half a year the weeks become months, each with its weekly average.
  await page.getByLabel('Period').selectOption({ label: 'Everything' });
  const months = page.getByRole('table').first();
  await expect(
    page.getByRole('heading', { name: 'Nights stretched, month by month' }),
  ).toBeVisible();
  await expect(months.getByRole('row', { name: /^December 2025/ })).toHaveText(
    /December 2025\s*3 of 20\s*1\.1\s*1/,
  );
  await page.getByRole('link', { name: 'Back to History' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeFocused();
  await expect(readFileSync(pdfPath).subarray(0, 4).toString()).toBe('%PDF');
});

const RADIO = { night: /^Night/, light: /^Light/, red: /^Red/ } as const;

for (const theme of ['night', 'light', 'red'] as const) {
  test(`History's insights and the doctor summary pass axe in the ${theme} theme`, async ({
    page,
  }) => {
    await openWithSample(page, '#/history');
    await page.goto('/#/settings');
    await page.getByRole('radio', { name: RADIO[theme] }).click();
    // In the evening, Light asks before it brightens the screen.
    if (theme === 'light') await page.getByRole('button', { name: 'Yes, switch to Light' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await page.goto('/#/history');
    await expect(insights(page).getByRole('img').first()).toBeVisible();
    for (const toggle of await insights(page).getByText('Show the numbers').all())
      await toggle.click();
    await expectNoViolations(page, 'History');
    await page.goto('/#/history/summary');
    await expect(page.getByRole('table').nth(1)).toBeVisible();
    await expectNoViolations(page, 'Doctor summary');
  });
}
