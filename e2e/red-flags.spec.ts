import { expect, type Page, test } from '@playwright/test';
import { expectNoViolations } from './support/axe';

/** The warning signs by urgency, as a screen reader finds them: a region named by its heading. */
const NOW = 'Now: call your local emergency number';
const TODAY = 'Today: see a doctor';
const BOOK = 'Book an appointment';

const EVENING = new Date('2026-03-05T21:30:00').getTime();

async function logCramp(page: Page, severity: string, when?: string) {
  await page.getByRole('link', { name: 'Write down a cramp' }).click();
  await page.getByRole('radio', { name: severity, exact: true }).check();
  if (when) await page.getByLabel('When').fill(when);
  await page.getByRole('button', { name: 'Save cramp' }).click();
  await expect(page.getByRole('heading', { name: 'Cramp logged' })).toBeVisible();
}

test('Learn shows the three tiers and How to stretch', async ({ page }) => {
  await page.goto('/#/learn');
  const doctor = page.getByRole('region', { name: 'When to see a doctor' });
  const now = doctor.getByRole('region', { name: NOW });
  const today = doctor.getByRole('region', { name: TODAY });
  const book = doctor.getByRole('region', { name: BOOK });
  await expect(now.getByRole('heading', { name: NOW })).toBeVisible();
  await expect(now).toContainText('cold, pale or bluish');
  await expect(now).toContainText('chest pain or sudden breathlessness');
  // Words that work in any country: no one country's number.
  await expect(now).not.toContainText(/\b(911|999|112|000)\b/);
  await expect(today).toContainText('one calf is swollen, red, warm or tender');
  await expect(today).toContainText('do not rub or massage it');
  await expect(today).toContainText('numbness, tingling or weakness');
  await expect(today).toContainText('hurts when you walk and eases when you rest');
  await expect(book).toContainText('three or more cramps in a week');
  await expect(book).toContainText('new medicine');
  await expect(book).toContainText('diabetes');
  // Most urgent first.
  await expect(doctor.getByRole('heading', { level: 3 })).toHaveText([NOW, TODAY, BOOK]);

  const howTo = page.getByRole('region', { name: 'How to stretch' });
  await expect(howTo.getByRole('heading', { level: 3 })).toHaveText([
    'Calf, at a wall',
    'Back of the thigh, on the bed',
    'Ankles and toes',
    'How long',
  ]);
  for (const words of [
    'knee straight and the heel down',
    'Lean forward from your hips, back long',
    'End with the toes pulled up',
    'about 30 seconds',
    '2 to 3 times on each leg',
    'No bouncing',
    'Never stretch into pain',
    'also on nights without a cramp',
  ])
    await expect(howTo).toContainText(words);

  const cramp = page.getByRole('region', { name: 'When a cramp strikes' });
  await expect(cramp.getByRole('heading', { name: 'In the calf' })).toBeVisible();
  await expect(cramp.getByRole('heading', { name: 'In the thigh' })).toBeVisible();
  await expect(cramp).toContainText('front of the thigh');
  await expect(cramp).toContainText('sore muscle the next day is normal');
  await expect(cramp).not.toContainText(/shower|something cold/i);

  const main = page.getByRole('main');
  await expect(main).toContainText('may help some people');
  await expect(main).toContainText('not proven to prevent');
  await expect(main).toContainText('unless a doctor has told you to limit fluids');
  await expect(main).toContainText('Never stop a prescribed medicine on your own');
  await expect(main).toContainText('midwife or doctor');
  await expect(main).toContainText('propped up on pillows, not flat on your back');
  await expect(main).toContainText('never sleep on a heating pad');
  await expectNoViolations(page, 'Learn');
});

test('log a severity-5 cramp and see the Today tier, once, with a way to Learn; not for a mild one', async ({
  page,
}) => {
  await page.clock.install({ time: EVENING });
  await page.goto('/');
  await logCramp(page, '5');
  const main = page.getByRole('main');
  await expect(main.getByRole('region', { name: TODAY })).toHaveCount(1);
  await expect(main.getByRole('region', { name: TODAY })).toContainText(
    'the pain is severe and stretching does not ease it',
  );
  await expect(main.getByRole('region', { name: NOW })).toHaveCount(0);
  await expect(main).toContainText('usually harmless');
  await expectNoViolations(page, 'Cramp logged, severity 5');
  await page.getByRole('link', { name: 'All the warning signs, in Learn' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Learn' })).toBeFocused();

  await page.goto('/');
  await logCramp(page, '1', '2026-03-01T02:00');
  await expect(page.getByRole('region', { name: TODAY })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'After a bad cramp' })).toHaveCount(0);
});

test('the doctor card shows the three tiers, and the "Today" tier only once', async ({ page }) => {
  await page.clock.install({ time: EVENING });
  await page.goto('/');
  await logCramp(page, '4', '2026-03-03T02:30');
  await page.getByRole('button', { name: 'Back to home' }).click();
  await logCramp(page, '2', '2026-03-04T01:10');
  await page.getByRole('button', { name: 'Back to home' }).click();
  await logCramp(page, '5');
  const card = page.getByRole('region', { name: 'A doctor could help' });
  await expect(card.getByRole('heading', { level: 3 })).toHaveText([NOW, TODAY, BOOK]);
  await expect(page.getByRole('region', { name: TODAY })).toHaveCount(1);
  await expectNoViolations(page, 'Cramp logged with the doctor card');

  await page.getByRole('link', { name: 'See history' }).click();
  await expect(card.getByRole('region', { name: NOW })).toContainText('cold, pale or bluish');
  await expect(card.getByRole('region', { name: BOOK })).toBeVisible();
});

test('Settings give the usual advice beside hold length and repetitions', async ({ page }) => {
  await page.goto('/#/settings');
  await expect(page.getByLabel('Hold length')).toHaveAccessibleDescription(
    'Most guidance: about 30 seconds.',
  );
  await expect(page.getByLabel('Holds on each leg')).toHaveAccessibleDescription(
    /^Most guidance: 2 to 3 times\./,
  );
});

test('every stretching routine ends with the toes pulled up', async ({ page }) => {
  for (const name of ['Bedtime stretch', 'Quick wind-down', 'In-bed stretch']) {
    await page.goto('/');
    await page.getByRole('link', { name }).click();
    const steps = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3 }) });
    await expect(steps.last().getByRole('heading', { level: 3 })).toHaveText('Toes pulled up');
    await expect(steps.last()).toContainText('toward your shins');
  }
});
