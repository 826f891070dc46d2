import { expect, type Locator, type Page, test } from '@playwright/test';
import { EVENING, openHomeWithFrozenClock, startRoutine } from './playerHelpers';
import { expectNoViolations } from './support/axe';

// What counts as a night, and cramp relief, in real Chromium with its real IndexedDB.

const streakRegion = (page: Page) => page.getByRole('region', { name: /Streak/ });

/** Moves the frozen clock on until the locator shows: lazily loaded screens wait on timers. */
/** Under the paused clock Home's start-up moves only as the test moves time: move it until the text shows. */
async function runUntilItSays(page: Page, locator: Locator, text: string): Promise<void> {
  await expect
    .poll(async () => {
      await page.clock.runFor(500);
      return (await locator.textContent()) ?? '';
    })
    .toContain(text);
}

async function runUntilVisible(page: Page, locator: Locator): Promise<void> {
  await expect
    .poll(async () => {
      await page.clock.runFor(500);
      return locator.isVisible();
    })
    .toBe(true);
}

/** Every session record IndexedDB holds now. */
function storedSessions(page: Page): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('nightstretch');
        open.onsuccess = () => {
          const request = open.result
            .transaction('completions')
            .objectStore('completions')
            .getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
}

test.use({ reducedMotion: 'reduce' });

test('skipping through a whole routine does not count, and after a reload the streak is 0', async ({
  page,
}) => {
  await openHomeWithFrozenClock(page);
  await expect(streakRegion(page)).toContainText('0 nights in a row');
  await startRoutine(page, 'Quick wind-down');
  const done = page.getByRole('heading', { level: 1, name: 'Routine ended' });
  for (let step = 0; step < 10 && !(await done.isVisible()); step++) {
    await page.getByRole('button', { name: 'Skip' }).click();
  }
  await expect(done).toBeVisible();
  await expect(
    page.getByText(/^Tonight doesn't count yet: you held 0 of \d+ stretches\./),
  ).toBeVisible();
  await expect(page.getByText('Tonight counts')).toHaveCount(0);
  await expect
    .poll(() => storedSessions(page))
    .toEqual([
      expect.objectContaining({ routineName: 'Quick wind-down', counted: false, heldSeconds: 0 }),
    ]);

  await page.getByRole('button', { name: 'Back to home' }).click();
  await page.reload();
  await runUntilItSays(page, streakRegion(page), '0 nights in a row');
  await page.getByRole('link', { name: 'History' }).click();
  await runUntilVisible(page, page.getByText('Quick wind-down, partial'));
  await expect(page.getByText(/did not count for the night/)).toBeVisible();
});

test('a routine ended early offers to carry on, and holding the rest makes tonight count', async ({
  page,
}) => {
  await openHomeWithFrozenClock(page);
  await startRoutine(page, 'Quick wind-down');
  // Hold the first stretch in full, then skip the rest.
  await page.clock.runFor(8_000 + 30_000 + 1_000);
  await expect(page.getByText('Right leg', { exact: true })).toBeVisible();
  const done = page.getByRole('heading', { level: 1, name: 'Routine ended' });
  for (let step = 0; step < 10 && !(await done.isVisible()); step++) {
    await page.getByRole('button', { name: 'Skip' }).click();
  }
  await expect(
    page.getByText(/^Tonight doesn't count yet: you held 1 of \d+ stretches\./),
  ).toBeVisible();

  await page.getByRole('button', { name: /^Carry on from / }).click();
  await expect(page.getByRole('timer', { name: 'Seconds left' })).toBeVisible();
  await page.clock.runFor(15 * 60_000);
  await expect(page.getByRole('heading', { level: 1, name: 'Routine complete' })).toBeVisible();
  await expect(page.getByText(/^Tonight counts\./)).toBeVisible();
  // The same session, now counted: one record, not two.
  await expect
    .poll(() => storedSessions(page))
    .toEqual([expect.objectContaining({ routineName: 'Quick wind-down', counted: true })]);
  await page.getByRole('button', { name: 'Back to home' }).click();
  await expect(streakRegion(page)).toContainText('1 night in a row');
});

test('cramp relief opens at once, never counts, and ends on a prefilled diary entry', async ({
  page,
}) => {
  await openHomeWithFrozenClock(page);
  await expect(streakRegion(page)).toContainText('0 nights in a row');
  const startedAt = await page.evaluate(() => Date.now());
  await page.getByRole('button', { name: 'Start Cramp relief' }).click();

  // No get-ready: the first step and the way out of it are there at once.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Straighten it, pull the toes up',
  );
  await expect(page.getByText('The cramping leg', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: "It's eased" })).toBeVisible();
  await expect(page.getByText('Get ready')).toHaveCount(0);
  await expect(page.getByText(/both legs/i)).toHaveCount(0);
  await expect(
    page.getByText('It usually eases within a few minutes.', { exact: false }),
  ).toBeVisible();

  // Saying which leg is optional, and changes only the words.
  await page.getByRole('button', { name: 'Left', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Left', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByText('Left leg', { exact: true })).toBeVisible();

  // One long hold, with no "Relax" and no countdown in between, until the step's limit.
  await page.clock.runFor(100_000);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Straighten it, pull the toes up',
  );
  await expect(page.getByText('Relax')).toHaveCount(0);
  await page.clock.runFor(60_000);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rub the calf');
  await page.clock.runFor(130_000);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stand on it, slowly');
  await expect(page.locator('.relief-instruction')).toHaveText(
    /^Turn on a light and hold something steady.*Stand up slowly/,
  );

  // Not eased after the last step: when to see a doctor today.
  await page.clock.runFor(160_000);
  await expect(page.getByRole('heading', { level: 1, name: 'Still cramping?' })).toBeVisible();
  const doctor = page.getByRole('region', { name: 'Today: see a doctor' });
  await expect(doctor.getByRole('listitem')).toHaveText([
    /one calf is swollen, red, warm or tender/,
    /severe and stretching does not ease it/,
    /numbness, tingling or weakness/,
    /hurts when you walk and eases when you rest/,
  ]);
  await expect(
    page.getByRole('region', { name: 'Now: call your local emergency number' }),
  ).toBeVisible();
  await expect(page.getByText(/Tonight counts|streak is \d/)).toHaveCount(0);
  await expect
    .poll(() => storedSessions(page))
    .toEqual([
      expect.objectContaining({ routineId: 'cramp-relief', counted: false, mode: 'relief' }),
    ]);

  await page.getByRole('button', { name: 'Log this cramp' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Log a cramp' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Left' })).toBeChecked();
  const expectedWhen = await page.evaluate((at) => {
    const date = new Date(at);
    const pad = (value: number) => String(value).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
  }, startedAt);
  await expect(page.getByLabel('When')).toHaveValue(expectedWhen);

  await page.goto('/');
  await runUntilItSays(page, streakRegion(page), '0 nights in a row');
});

test('the cramp relief preview speaks of the cramping leg and holds until it eases', async ({
  page,
}) => {
  await page.goto('/#/routine/cramp-relief');
  await expect(page.getByRole('heading', { level: 1, name: 'Cramp relief' })).toBeVisible();
  await expect(page.getByText('Until it eases', { exact: true })).toHaveCount(3);
  await expect(page.getByText('The cramping leg', { exact: true })).toHaveCount(3);
  await expect(page.getByText(/both legs/i)).toHaveCount(0);
  await page.getByRole('button', { name: 'Start Cramp relief' }).click();
  await expect(page.getByRole('button', { name: "It's eased" })).toBeVisible();
});

test('in cramp relief, Space says it has eased, and the end is calm', async ({ page }) => {
  await openHomeWithFrozenClock(page);
  await page.getByRole('button', { name: 'Start Cramp relief' }).click();
  await expect(page.getByRole('button', { name: "It's eased" })).toBeVisible();
  await page.clock.runFor(30_000);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press(' ');
  await expect(page.getByRole('heading', { level: 1, name: 'Good, it has eased' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Today: see a doctor' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Log this cramp' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to sleep' }).click();
  await expect(streakRegion(page)).toContainText('0 nights in a row');
});

test('in cramp relief, the pause button on headphones or the lock screen says it has eased', async ({
  page,
}) => {
  // Keep the handlers the app gives the browser, so the test can press them as the system would.
  await page.addInitScript(() => {
    const handlers: Record<string, (() => void) | null> = {};
    const original = navigator.mediaSession.setActionHandler.bind(navigator.mediaSession);
    navigator.mediaSession.setActionHandler = (action, handler) => {
      handlers[action] = handler as (() => void) | null;
      original(action, handler);
    };
    Object.assign(window, { __mediaHandlers: handlers });
  });
  await openHomeWithFrozenClock(page);
  await page.getByRole('button', { name: 'Start Cramp relief' }).click();
  await expect(page.getByRole('button', { name: "It's eased" })).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => navigator.mediaSession.metadata?.title))
    .toBe('Straighten it, pull the toes up');
  await page.evaluate(() =>
    (window as unknown as { __mediaHandlers: { pause: () => void } }).__mediaHandlers.pause(),
  );
  await expect(page.getByRole('heading', { level: 1, name: 'Good, it has eased' })).toBeVisible();
});

for (const { theme, radio } of [
  { theme: 'night', radio: /^Night/ },
  { theme: 'light', radio: /^Light/ },
  { theme: 'red', radio: /^Red/ },
] as const) {
  test(`cramp relief, its end and a Done that does not count pass axe in the ${theme} theme`, async ({
    page,
  }) => {
    test.slow();
    // axe waits on timers, so this clock keeps running on its own.
    await page.clock.install({ time: EVENING });
    await page.goto('/#/settings');
    await page.getByRole('radio', { name: radio }).click();
    // In the evening, Light asks before it brightens the screen.
    if (theme === 'light') await page.getByRole('button', { name: 'Yes, switch to Light' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await page.getByRole('link', { name: 'Home' }).click();
    await page.getByRole('button', { name: 'Start Cramp relief' }).click();
    await page.getByRole('button', { name: 'Right', exact: true }).click();
    await expectNoViolations(page, 'Cramp relief');
    await page.clock.runFor(10 * 60_000);
    await expect(page.getByRole('heading', { level: 1, name: 'Still cramping?' })).toBeVisible();
    await expectNoViolations(page, 'Cramp relief, not eased');
    await page.getByRole('button', { name: 'Back to sleep' }).click();

    await page.getByRole('button', { name: 'Start Quick wind-down' }).click();
    const done = page.getByRole('heading', { level: 1, name: 'Routine ended' });
    for (let step = 0; step < 10 && !(await done.isVisible()); step++) {
      await page.getByRole('button', { name: 'Skip' }).click();
    }
    await expectNoViolations(page, 'Done, not counted');
  });
}
