// Nightstretch in the person's own language: a phone set to Spanish gets Spanish everywhere,
// spoken too, with Spanish dates; a change to German in Settings turns every screen at once and
// is kept. Expected words come from the app's own catalogs (e2e/support/languages.ts).
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { expectNoViolations } from './support/axe';
import { message } from './support/languages';

// A Thursday evening in Madrid; the night is 2026-03-05.
const EVENING = new Date('2026-03-05T21:30:00+01:00');

interface RoutineFile {
  name: Record<string, string>;
  steps: { name: Record<string, string>; side: string }[];
}
const bedtime = JSON.parse(readFileSync('routines/bedtime-stretch.json', 'utf8')) as RoutineFile;

/** Records the text handed to the speech engine (the empty iOS unlock left out). */
async function recordSpeech(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const spoken: { text: string; lang: string }[] = [];
    Object.assign(window, { __spoken: spoken });
    const speak = speechSynthesis.speak.bind(speechSynthesis);
    speechSynthesis.speak = (utterance) => {
      if (utterance.text !== '') spoken.push({ text: utterance.text, lang: utterance.lang });
      speak(utterance);
    };
  });
}

const spoken = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __spoken: { text: string; lang: string }[] }).__spoken,
  );

const nav = (
  page: Page,
  language: string,
  key: 'navHome' | 'navHistory' | 'navLearn' | 'navSettings',
) => page.getByRole('navigation').getByRole('link', { name: message(language, `shell.${key}`) });

test.describe('a phone set to Spanish', () => {
  test.use({ locale: 'es-ES', timezoneId: 'Europe/Madrid' });

  test('Home, the Player, Done, History and Settings are in Spanish, spoken and dated in Spanish', async ({
    page,
  }) => {
    await recordSpeech(page);
    await page.clock.install({ time: EVENING });
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1, name: 'Nightstretch' })).toBeVisible();
    await expect(page.getByText(message('es', 'home.startTonight'))).toBeVisible();
    await expect(nav(page, 'es', 'navHistory')).toBeVisible();
    await expectNoViolations(page, 'Home in Spanish');

    // The whole Bedtime stretch, on the fake clock.
    await page.getByRole('button', { name: message('es', 'home.startTonight') }).click();
    const timer = page.getByRole('timer', { name: message('es', 'session.secondsLeft') });
    await expect(timer).toBeVisible();
    await expect(page.getByText(message('es', 'session.phase', { phase: 'ready' }))).toBeVisible();
    const first = bedtime.steps[0];
    await expect(page.getByRole('heading', { level: 1, name: first?.name.es })).toBeVisible();
    await expect(page.getByRole('button', { name: message('es', 'session.pause') })).toBeVisible();
    await expectNoViolations(page, 'the Player in Spanish');
    await expect
      .poll(async () => (await spoken(page))[0])
      .toEqual({
        text: message('es', 'speech.getReadyFirst', {
          routine: bedtime.name.es ?? '',
          stretch: first?.name.es ?? '',
          side: first?.side ?? '',
        }),
        lang: 'es',
      });
    await page.clock.runFor(15 * 60 * 1000);
    await expect(
      page.getByRole('heading', { level: 1, name: message('es', 'session.doneComplete') }),
    ).toBeVisible();
    await expect(
      page.getByText(message('es', 'session.doneCountsStreak', { streak: 1 }), { exact: true }),
    ).toBeVisible();
    const lastSaid = (await spoken(page)).at(-1);
    expect(lastSaid).toEqual({ text: message('es', 'speech.done'), lang: 'es' });
    await expectNoViolations(page, 'Done in Spanish');

    await page.getByRole('button', { name: message('es', 'session.backHome') }).click();
    await nav(page, 'es', 'navHistory').click();
    await expect(
      page.getByRole('heading', { level: 1, name: message('es', 'history.title') }),
    ).toBeVisible();
    // Dates in Spanish, the week from Monday as in Spain.
    const month = new Intl.DateTimeFormat('es-ES', { month: 'long', year: 'numeric' }).format(
      EVENING,
    );
    await expect(page.getByRole('heading', { name: month })).toBeVisible();
    const monday = new Intl.DateTimeFormat('es-ES', { weekday: 'short' }).format(
      new Date('2026-03-02T12:00:00Z'),
    );
    await expect(page.getByRole('columnheader').first()).toHaveText(monday);
    await expectNoViolations(page, 'History in Spanish');

    await nav(page, 'es', 'navSettings').click();
    await expect(
      page.getByRole('heading', { level: 1, name: message('es', 'settings.title') }),
    ).toBeVisible();
    await expectNoViolations(page, 'Settings in Spanish');
  });
});

test('choosing German in Settings turns every screen at once and survives a reload', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await nav(page, 'en', 'navSettings').click();
  await page.getByRole('combobox', { name: message('en', 'settings.language') }).selectOption({
    label: 'Deutsch',
  });
  // No reload: the screen, the nav and <html lang> follow at once.
  await expect(
    page.getByRole('heading', { level: 1, name: message('de', 'settings.title') }),
  ).toBeVisible();
  await expect(nav(page, 'de', 'navHistory')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page).toHaveTitle(
    message('de', 'shell.screenTitle', { screen: message('de', 'settings.title') }),
  );

  await nav(page, 'de', 'navHome').click();
  await expect(page.getByText(message('de', 'home.startTonight'))).toBeVisible();
  await nav(page, 'de', 'navLearn').click();
  await expect(
    page.getByRole('heading', { level: 1, name: message('de', 'learn.title') }),
  ).toBeVisible();
  await nav(page, 'de', 'navHistory').click();
  await expect(
    page.getByRole('heading', { level: 1, name: message('de', 'history.title') }),
  ).toBeVisible();

  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: message('de', 'history.title') }),
  ).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await nav(page, 'de', 'navHome').click();
  await expect(page.getByText(message('de', 'home.startTonight'))).toBeVisible();
});
