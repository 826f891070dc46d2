import { expect, type Page, test } from '@playwright/test';
import { unmarkedText } from './support/languages';
import { BERLIN_EVENING, crampOn, sessionOn } from './support/records';
import { putRecords } from './support/storage';

// History in other languages: its words, its calendar's first weekday, and (in the test-only
// pseudo-language) no word left outside the string layer. The whole-app journeys are elsewhere.

async function openHistory(page: Page) {
  await page.clock.install({ time: BERLIN_EVENING });
  await page.goto('/');
  const partial = {
    ...sessionOn('2026-03-03'),
    id: 'partial-1',
    counted: false,
    countedNight: null,
    stepsSkipped: ['wall-calf-right'],
  };
  await putRecords(page, 'completions', [sessionOn('2026-03-04'), partial]);
  await putRecords(page, 'cramps', [crampOn('2026-03-04')]);
  await page.goto('/#/history');
}

test.describe('German', () => {
  test.use({ locale: 'de-DE', timezoneId: 'Europe/Berlin', serviceWorkers: 'block' });

  test('History speaks German and its calendar starts on Monday', async ({ page }) => {
    await openHistory(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Verlauf' })).toBeVisible();
    const summary = page.getByRole('region', { name: 'Ihre Nächte' });
    await expect(summary).toContainText('1 Nacht insgesamt');
    const calendar = page.getByRole('region', { name: 'März 2026' });
    await expect(calendar.getByRole('columnheader').first()).toHaveAttribute('abbr', 'Montag');
    await expect(calendar.getByRole('button', { name: 'Vorheriger Monat' })).toBeVisible();
    await expect(calendar).toContainText('Mittwoch, 4. März: gedehnt, 1 Krampf');
    const sessions = page.getByRole('region', { name: 'Letzte Übungseinheiten' });
    // A bundled routine is named in the app's language, whatever language it was played in.
    await expect(sessions).toContainText('Dehnübungen vor dem Schlafen, nicht vollständig');
    await expect(sessions).toContainText('1 Schritt übersprungen · zählt nicht für die Nacht');
    await expect(page.getByRole('region', { name: 'Krampftagebuch' })).toContainText(
      'Linkes Bein, Wade',
    );
    await page.getByRole('button', { name: /^Krampf löschen: / }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Krampf gelöscht' })).toBeVisible();
    await page.getByRole('button', { name: 'Rückgängig' }).click();
    await expect(page.getByRole('region', { name: 'Krampftagebuch' })).toContainText(
      'Linkes Bein, Wade',
    );
    await expect(page.getByRole('region', { name: 'Ihre Daten' })).toBeVisible();
    await page.getByRole('button', { name: 'Alles löschen…' }).click();
    const erase = page.getByRole('button', { name: 'Alles löschen', exact: true });
    await expect(erase).toBeDisabled();
    await page.getByLabel('Geben Sie zur Bestätigung das Wort „löschen“ ein').fill('löschen');
    await expect(erase).toBeEnabled();
  });
});

test.describe('Brazilian Portuguese', () => {
  test.use({ locale: 'pt-BR', timezoneId: 'Europe/Berlin', serviceWorkers: 'block' });

  test('the calendar starts on Sunday, where 1 March 2026 opens the first week', async ({
    page,
  }) => {
    await openHistory(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Histórico' })).toBeVisible();
    const calendar = page.getByRole('region', { name: /março de 2026/i });
    await expect(calendar.getByRole('columnheader').first()).toHaveAttribute('abbr', 'domingo');
    await expect(calendar.getByRole('row').nth(1).getByRole('cell').first()).toContainText(
      '1 de março',
    );
  });
});

test.describe('pseudo-language', () => {
  test.use({ locale: 'en-XA', timezoneId: 'Europe/Berlin', serviceWorkers: 'block' });

  test('no word on History outside the string layer', async ({ page }) => {
    await openHistory(page);
    await expect(page.locator('.history .summary')).toBeVisible();
    await page.locator('.erase button').first().click();
    const unmarked = await unmarkedText(page);
    expect(unmarked).toEqual([]);
  });
});
