import { expect, type Page } from '@playwright/test';
import { DB_VERSION } from '../../src/storage/migrations';

/**
 * Waits until the app has made its database at its current version (it opens it after the first
 * paint). A helper that opened it first would create an empty one, and the app's upgrade would
 * then close the helper's connection mid-write.
 */
async function appDatabaseReady(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(
        async (version) =>
          (await indexedDB.databases()).some(
            (database) => database.name === 'nightstretch' && (database.version ?? 0) >= version,
          ),
        DB_VERSION,
      ),
    )
    .toBe(true);
}

/** A value of the app's 'keyval' store as IndexedDB holds it now (undefined when absent). */
export function readKeyval(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    (name) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('nightstretch');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('keyval')) {
            db.close();
            resolve(undefined);
            return;
          }
          const request = db.transaction('keyval').objectStore('keyval').get(name);
          request.onsuccess = () => {
            db.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
        open.onerror = () => reject(open.error);
      }),
    key,
  );
}

/** Writes straight into the app's 'keyval' store, as an earlier session of the app would have. */
export async function writeKeyval(page: Page, key: string, value: unknown): Promise<void> {
  await appDatabaseReady(page);
  return page.evaluate(
    ([name, data]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('nightstretch');
        open.onsuccess = () => {
          const transaction = open.result.transaction('keyval', 'readwrite');
          transaction.objectStore('keyval').put(data, name);
          transaction.oncomplete = () => {
            open.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
        open.onerror = () => reject(open.error);
      }),
    [key, value] as const,
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
  await expect.poll(() => readKeyval(page, 'settings')).toMatchObject(expected);
}

/** Every record of one store of the app's database, as IndexedDB holds it now. */
export function readStore(page: Page, store: string): Promise<unknown[]> {
  return page.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('nightstretch');
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
        open.onerror = () => reject(open.error);
      }),
    store,
  );
}

/** Puts records into a store with in-line keys, as the app would have saved them. */
export async function putRecords(page: Page, store: string, records: unknown[]): Promise<void> {
  await appDatabaseReady(page);
  return page.evaluate(
    ([name, items]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('nightstretch');
        open.onsuccess = () => {
          const transaction = open.result.transaction(name, 'readwrite');
          for (const item of items) transaction.objectStore(name).put(item);
          transaction.oncomplete = () => {
            open.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
        open.onerror = () => reject(open.error);
      }),
    [store, records] as const,
  );
}

/** Writes sessions and cramps straight into the app's database (the app must have opened it). */
export async function seedRecords(
  page: Page,
  completions: unknown[],
  cramps: unknown[],
): Promise<void> {
  await putRecords(page, 'completions', completions);
  await putRecords(page, 'cramps', cramps);
}
