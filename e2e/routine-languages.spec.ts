import { expect, type Page, test } from '@playwright/test';
import { englishRoutineFile } from './support/routines';
import { readKeyval, writeKeyval } from './support/storage';

/** Saves a screenshot for a person to look at (SCREENSHOT_DIR, else the test's output folder). */
async function look(page: Page, name: string, outputPath: (name: string) => string) {
  const dir = process.env.SCREENSHOT_DIR;
  await page.screenshot({ path: dir ? `${dir}/${name}.png` : outputPath(`${name}.png`) });
}

const cases = [
  {
    locale: 'es-ES',
    routine: 'Estiramiento antes de dormir',
    steps: [
      'Estiramiento de pantorrilla en la pared',
      'Estiramiento del muslo, al borde de la cama',
      'Círculos con los tobillos',
    ],
    instruction: /^Manos en la pared, el pie izquierdo un paso atrás/,
    relief: 'Alivio del calambre',
    reliefStep: 'Estira la pierna, dedos hacia arriba',
  },
  {
    locale: 'de-DE',
    routine: 'Dehnübungen vor dem Schlafen',
    steps: [
      'Wadendehnung an der Wand',
      'Dehnung der hinteren Oberschenkel im Sitzen',
      'Fußkreisen',
    ],
    instruction: /^Hände an die Wand, den linken Fuß einen Schritt zurück/,
    relief: 'Hilfe bei Krampf',
    reliefStep: 'Bein strecken, Zehen anziehen',
  },
] as const;

for (const expected of cases) {
  test.describe(`routines in ${expected.locale}`, () => {
    test.use({ locale: expected.locale });

    test('Home, the preview and the Player show the routine in that language', async ({
      page,
    }, testInfo) => {
      await page.clock.install();
      await page.goto('/');
      await expect(page.getByRole('link', { name: expected.routine, exact: true })).toBeVisible();
      await expect(page.getByRole('link', { name: expected.relief, exact: true })).toBeVisible();
      await look(page, `home-${expected.locale}`, (name) => testInfo.outputPath(name));

      await page.goto('/#/routine/bedtime-stretch');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(expected.routine);
      const stepNames = page.getByRole('heading', { level: 3 });
      for (const step of expected.steps)
        await expect(stepNames.getByText(step).first()).toBeVisible();
      await expect(page.getByText(expected.instruction)).toBeVisible();
      await expect(page.getByText('Wall calf stretch')).toHaveCount(0);
      await look(page, `preview-${expected.locale}`, (name) => testInfo.outputPath(name));

      await page.goto('/#/start/bedtime-stretch');
      await expect(page.getByRole('timer')).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(expected.steps[0]);
      await look(page, `player-${expected.locale}`, (name) => testInfo.outputPath(name));
    });

    test('Cramp relief opens in that language', async ({ page }, testInfo) => {
      await page.goto('/#/start/cramp-relief');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(expected.reliefStep);
      await look(page, `relief-${expected.locale}`, (name) => testInfo.outputPath(name));
    });
  });
}

test.describe('a routine of the person’s own', () => {
  test.use({ locale: 'de-DE' });

  test('is shown as written, in English, beside the German routines', async ({ page }) => {
    await page.goto('/');
    await writeKeyval(page, 'customRoutines', [
      { ...englishRoutineFile('quick-wind-down'), id: 'my-evening', name: 'My evening' },
    ]);
    await page.reload();
    await expect(page.getByRole('link', { name: 'My evening', exact: true })).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Dehnübungen vor dem Schlafen', exact: true }),
    ).toBeVisible();
    await page.goto('/#/routine/my-evening');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My evening');
    await expect(
      page.getByRole('heading', { level: 3, name: 'Wall calf stretch' }).first(),
    ).toBeVisible();
  });

  test('made in German, is saved with its language and its German stretches', async ({ page }) => {
    await page.goto('/#/editor');
    await page.getByRole('textbox').first().fill('Mein Abend');
    await page
      .getByRole('button', { name: /Fußkreisen/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Routine speichern' }).click();
    await expect(page.getByRole('link', { name: 'Mein Abend', exact: true })).toBeVisible();
    const stored = (await readKeyval(page, 'customRoutines')) as {
      name: string;
      language: string;
      steps: { name: string }[];
    }[];
    expect(stored).toEqual([
      expect.objectContaining({
        name: 'Mein Abend',
        language: 'de',
        steps: [expect.objectContaining({ name: 'Fußkreisen' })],
      }),
    ]);
  });
});
