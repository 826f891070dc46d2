import { expect, type Page } from '@playwright/test';

/** The settings record as IndexedDB holds it right now (null when none was written yet). */
function readStoredSettings(page: Page): Promise<Record<string, unknown> | null> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown> | null>((resolve, reject) => {
        const open = indexedDB.open('nightstretch');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('keyval')) {
            db.close();
            resolve(null);
            return;
          }
          const request = db.transaction('keyval').objectStore('keyval').get('settings');
          request.onsuccess = () => {
            db.close();
            resolve((request.result as Record<string, unknown> | undefined) ?? null);
          };
          request.onerror = () => reject(request.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
}

/**
 * Waits until a change made on the Settings screen has reached IndexedDB. A person takes
 * longer than the write to leave the screen; a test that reloads straight away does not.
 */
export async function expectSettingsSaved(
  page: Page,
  expected: Record<string, unknown>,
): Promise<void> {
  await expect.poll(() => readStoredSettings(page)).toMatchObject(expected);
}
