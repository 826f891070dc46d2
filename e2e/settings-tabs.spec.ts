import { expect, type Page, test } from '@playwright/test';
import { expectNoViolations } from './support/axe';
import { expectSettingsSaved, readKeyval } from './support/storage';

const soundToggle = (page: Page) => page.getByRole('checkbox', { name: 'Soft sounds' });
const redTheme = (page: Page) => page.getByRole('radio', { name: /^Red/ });

test('a change in one tab shows at once in another, and neither undoes the other', async ({
  context,
}) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('/#/settings');
  await second.goto('/#/settings');
  await expect(soundToggle(second)).toBeChecked();

  await redTheme(first).check();
  await expect(redTheme(second)).toBeChecked();
  await expect(second.locator('html')).toHaveAttribute('data-theme', 'red');

  await soundToggle(second).uncheck();
  await expect(soundToggle(first)).not.toBeChecked();
  await expectSettingsSaved(first, { theme: 'red', sound: false });
  await expect(redTheme(first)).toBeChecked();
});

test('a tab that never heard of a change saves only its own field over it', async ({ context }) => {
  const fresh = await context.newPage();
  await fresh.goto('/#/settings');
  // This tab is deaf to other tabs, as one frozen in the background would be.
  const stale = await context.newPage();
  await stale.addInitScript(() => {
    globalThis.BroadcastChannel = class {
      addEventListener() {}
      postMessage() {}
    } as unknown as typeof BroadcastChannel;
  });
  await stale.goto('/#/settings');
  await expect(soundToggle(stale)).toBeChecked();

  await redTheme(fresh).check();
  await expectSettingsSaved(fresh, { theme: 'red' });
  await expect(redTheme(stale)).not.toBeChecked();

  await soundToggle(stale).uncheck();
  await expectSettingsSaved(stale, { sound: false });
  expect(await readKeyval(stale, 'settings')).toMatchObject({ theme: 'red', sound: false });
});

test('a settings change that cannot be saved says so', async ({ page }) => {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args) {
      if (this.name === 'keyval' && args[1] === 'settings') {
        throw new DOMException('disk full', 'QuotaExceededError');
      }
      return put.apply(this, args as Parameters<typeof put>);
    };
  });
  await page.goto('/#/settings');
  await soundToggle(page).uncheck();
  await expect(page.getByRole('alert')).toHaveText(
    'That change could not be saved on this phone. It works for now, but Nightstretch will forget it when it closes.',
  );
  await expect(soundToggle(page)).not.toBeChecked();
  expect(await readKeyval(page, 'settings')).toBeUndefined();
  await expectNoViolations(page, 'Settings after a failed save');
});
