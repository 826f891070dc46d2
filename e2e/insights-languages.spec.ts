import { expect, type Page, test } from '@playwright/test';
import { insightsSample } from '../src/storage/sampleData';
import { unmarkedText } from './support/languages';
import { seedRecords } from './support/storage';

// "Is it helping?" and the doctor summary in other languages: nothing left in plain English
// (the pseudo-language marks every string the app makes), and nothing clipped at 320 px in
// German, the longest of them.

const EVENING = new Date('2026-03-05T21:30:00+01:00');
const sample = insightsSample('2026-03-05', 60);

async function openWithSample(page: Page, hash: string): Promise<void> {
  await page.clock.install({ time: EVENING });
  await page.goto('/');
  await expect(page.locator('main h1')).toBeVisible();
  await seedRecords(page, sample.completions, sample.cramps);
  await page.goto(`/${hash}`);
}

/** Elements whose text runs past their own box or the screen's edge. */
const clipped = (page: Page, selector: string) =>
  page.evaluate((root) => {
    const found: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(`${root} *`)) {
      if (element.closest('.table-scroll') || element instanceof SVGElement) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0) continue;
      if (
        element.scrollWidth > element.clientWidth + 1 &&
        getComputedStyle(element).overflowX !== 'auto'
      )
        found.push(
          `${element.tagName} ${element.scrollWidth}/${element.clientWidth}: ${element.textContent?.slice(0, 40)}`,
        );
      if (box.right > document.documentElement.clientWidth + 1)
        found.push(`${element.tagName} past the edge: ${element.textContent?.slice(0, 40)}`);
    }
    return found;
  }, selector);

/** A 320 px phone in Berlin, set to this language, with motion reduced. */
const smallPhoneIn = (locale: string) =>
  ({
    locale,
    timezoneId: 'Europe/Berlin',
    reducedMotion: 'reduce',
    viewport: { width: 320, height: 568 },
  }) as const;

test.describe('in the pseudo-language', () => {
  test.use(smallPhoneIn('en-XA'));

  test('Is it helping? and the doctor summary have no unmarked word', async ({ page }, info) => {
    await openWithSample(page, '#/history');
    const section = page.locator('section.insights');
    await expect(section.getByRole('img').first()).toBeVisible();
    for (const toggle of await section.locator('details summary').all()) await toggle.click();
    expect(await unmarkedText(page)).toEqual([]);
    await section.screenshot({ path: info.outputPath('insights-en-XA-320.png') });
    expect(await clipped(page, 'section.insights')).toEqual([]);

    await page.goto('/#/history/summary');
    await expect(page.locator('.cramps-table')).toBeVisible();
    expect(await unmarkedText(page)).toEqual([]);
    await page.screenshot({ path: info.outputPath('summary-en-XA-320.png'), fullPage: true });
    expect(await clipped(page, 'main.doctor-summary')).toEqual([]);
    await page.locator('select').selectOption({ value: 'null' });
    await expect(page.locator('.summary-table').first()).toContainText('⟦');
    expect(await unmarkedText(page)).toEqual([]);
  });
});

test.describe('in German at 320 px', () => {
  test.use(smallPhoneIn('de-DE'));

  test('Is it helping? and the summary speak German and nothing clips', async ({ page }, info) => {
    await openWithSample(page, '#/history');
    const section = page.getByRole('region', { name: 'Hilft es?' });
    await expect(
      section.getByRole('img', {
        name: 'Nächte mit Dehnübungen und Krämpfe, Woche für Woche, in den letzten 12 Wochen',
      }),
    ).toBeVisible();
    await expect(section).toContainText(
      'In den letzten 4 Wochen haben Sie in 22 Nächten gedehnt und 3 Krämpfe eingetragen; in den 4 Wochen davor in 9 Nächten und 8 Krämpfe.',
    );
    await expect(section).toContainText('0,3 Krämpfe pro 10 Nächte');
    await expect(section).toContainText('zwischen 02:00 und 03:00: 5 von 13.');
    for (const toggle of await section.getByText('Zahlen anzeigen').all()) await toggle.click();
    await expect(
      section
        .getByRole('table')
        .first()
        .getByRole('row', { name: /^2\. März/ }),
    ).toHaveText(/2\. März\s*3 von 4\s*0/);
    await section.screenshot({ path: info.outputPath('insights-de-320.png') });
    expect(await clipped(page, 'section.insights')).toEqual([]);

    await section.getByRole('link', { name: 'Übersicht für die Arztpraxis' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Tagebuch: Dehnübungen und Krämpfe' }),
    ).toBeVisible();
    await expect(page.getByText('15. Dezember 2025 bis 5. März 2026')).toBeVisible();
    const mark = page.locator('mark').first();
    await expect(mark).toHaveText('swollen'); // an English note keeps its warning words
    await expect(page.getByRole('button', { name: 'Drucken oder als PDF sichern' })).toBeVisible();
    await page.screenshot({ path: info.outputPath('summary-de-320.png'), fullPage: true });
    expect(await clipped(page, 'main.doctor-summary')).toEqual([]);
  });
});
