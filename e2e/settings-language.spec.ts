import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import ICAL from 'ical.js';
import { unmarkedText } from './support/languages';
import { labelsBrokenInsideAWord, sidewaysOverflow } from './support/layout';
import { expectSettingsSaved } from './support/storage';

// The language chosen in Settings applies at once, everywhere, and is remembered.

const languageSelect = (page: Page, name: string) => page.getByRole('combobox', { name });

/** Marks the page so a reload (which would lose the mark) can be told from a live change. */
async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { stillHere?: boolean }).stillHere = true;
  });
}
const stillSamePage = (page: Page) =>
  page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere === true);

test.describe('on an English phone', () => {
  test.use({ locale: 'en-US' });

  test('choosing Deutsch turns Settings German at once, and it survives a reload', async ({
    page,
  }) => {
    await page.goto('/#/settings');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const select = languageSelect(page, 'Language');
    await expect(select.locator('option:checked')).toHaveText('Same as the phone (English)');
    await markPage(page);

    await select.selectOption({ label: 'Deutsch' });
    await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('heading', { level: 2, name: 'Dehnübungen' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Zur Schlafenszeit erinnern' })).toBeVisible();
    // The control keeps its place and is named in the new language.
    await expect(languageSelect(page, 'Sprache').locator('option:checked')).toHaveText('Deutsch');
    expect(await stillSamePage(page)).toBe(true);
    await expectSettingsSaved(page, { language: 'de' });

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await page.goto('/#/editor');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Eigene Routine erstellen' }),
    ).toBeVisible();
    await page.goto('/#/routine/bedtime-stretch');
    await expect(page.getByText(/^Etwa \d+ Minuten · 8 Schritte$/)).toBeVisible();

    // "Same as the phone" goes back to the phone's language, at once.
    await page.goto('/#/settings');
    await languageSelect(page, 'Sprache').selectOption({ label: 'Wie das Telefon (English)' });
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectSettingsSaved(page, { language: null });
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  });

  test('the nav turns German with the rest, without a reload', async ({ page }) => {
    await page.goto('/#/settings');
    await languageSelect(page, 'Language').selectOption({ label: 'Deutsch' });
    const nav = page.getByRole('navigation');
    await expect(nav.getByRole('link', { name: 'Einstellungen' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(nav.getByRole('link', { name: 'Verlauf' })).toBeVisible();
  });

  test('the bedtime reminder is written in the chosen language', async ({ page }) => {
    await page.goto('/#/settings');
    await languageSelect(page, 'Language').selectOption({ label: 'Français' });
    await page.getByLabel('Heure du coucher', { exact: true }).fill('21:45');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Me le rappeler au coucher' }).click();
    const text = await readFile(await (await downloading).path(), 'utf8');
    const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent');
    if (!vevent) throw new Error('the file holds no event');
    expect(new ICAL.Event(vevent).summary).toBe("C'est l'heure de vos étirements");
    expect(vevent.getFirstProperty('summary')?.getParameter('language')).toBe('fr');
    expect(String(vevent.getFirstPropertyValue('uid'))).toMatch(/^bedtime-.+@nightstretch\.app$/);
    await expect(
      page.getByRole('status').filter({ hasText: 'rappel quotidien à 21:45' }),
    ).toBeVisible();
  });

  test('the voice list offers only voices for the language, and says when there is none', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const voices = [
        {
          voiceURI: 'samantha',
          name: 'Samantha',
          lang: 'en-US',
          localService: true,
          default: true,
        },
        { voiceURI: 'anna', name: 'Anna', lang: 'de-DE', localService: true, default: false },
      ];
      Object.defineProperty(speechSynthesis, 'getVoices', { value: () => voices });
    });
    await page.goto('/#/settings');
    const voice = page.getByRole('combobox', { name: 'Voice', exact: true });
    await expect(voice.locator('option')).toHaveText([
      'The phone’s usual voice',
      'Samantha (en-US)',
    ]);

    await languageSelect(page, 'Language').selectOption({ label: 'Deutsch' });
    const stimme = page.getByRole('combobox', { name: 'Stimme', exact: true });
    await expect(stimme.locator('option')).toHaveText(['Übliche Telefonstimme', 'Anna (de-DE)']);

    await languageSelect(page, 'Sprache').selectOption({ label: 'Français' });
    const voix = page.getByRole('combobox', { name: 'Voix', exact: true });
    await expect(voix.locator('option')).toHaveText(['La voix du téléphone']);
    await expect(voix).toHaveAccessibleDescription(
      "Ce téléphone n'a pas de voix française. Les sons continuent.",
    );
  });
});

test.describe('in the pseudo-language', () => {
  test.use({ locale: 'en-XA' });

  test('Settings leaves no plain English', async ({ page }) => {
    await page.goto('/#/settings');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
    await expect(page.getByRole('heading', { level: 1, name: /⟦Séttîñgs/ })).toBeVisible();
    await page.getByRole('button', { name: /⟦Rémîñd/ }).click();
    await expect(page.getByRole('status').filter({ hasText: '⟦Çhöösé' })).toBeVisible();
    await page.getByRole('button', { name: /⟦Rését/ }).click();
    expect(await unmarkedText(page)).toEqual([]);
  });

  test('the routine editor leaves no plain English', async ({ page }) => {
    await page.goto('/#/editor');
    await expect(page.getByRole('heading', { level: 1, name: /⟦/ })).toBeVisible();
    await page.locator('.editor-library button').first().click();
    await page.getByRole('button', { name: /⟦Sávé/ }).click();
    await expect(page.getByRole('alert')).toContainText('⟦');
    expect(await unmarkedText(page)).toEqual([]);
  });

  test('the routine preview leaves no plain English', async ({ page }) => {
    await page.goto('/#/routine/bedtime-stretch');
    await expect(page.locator('.preview-length')).toContainText('⟦');
    expect(await unmarkedText(page)).toEqual([]);
  });
});

test.describe('in German at 320 px', () => {
  test.use({ locale: 'de-DE', viewport: { width: 320, height: 568 } });

  for (const route of ['/#/settings', '/#/editor', '/#/routine/bedtime-stretch']) {
    test(`nothing scrolls sideways or breaks inside a word on ${route}`, async ({ page }) => {
      await page.goto(route);
      await expect(page.locator('html')).toHaveAttribute('lang', 'de');
      await expect(page.locator('main h1')).toBeVisible();
      if (route === '/#/editor') {
        await page.locator('.editor-library button').first().click();
      }
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      expect(await labelsBrokenInsideAWord(page)).toEqual([]);
    });
  }
});
