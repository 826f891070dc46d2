import { signal } from '@preact/signals';
import { type NightstretchDb, openNightstretchDb } from '../storage/db';
import { describeStorageError } from '../storage/errors';

/** A sentence for the person when storage fails; the app keeps working without it. */
export const storageProblem = signal<string | null>(null);

let dbPromise: Promise<NightstretchDb> | null = null;

/** The app's one database connection, opened on first use. */
export function database(): Promise<NightstretchDb> {
  dbPromise ??= openNightstretchDb({
    onVersionChange: () => {
      storageProblem.value =
        'Nightstretch was updated in another tab. Reload this page to keep saving your nights.';
      dbPromise = null;
    },
  });
  return dbPromise;
}

/** Shows what went wrong and lets the next call try to open the database again. */
export function reportStorageError(error: unknown): void {
  dbPromise = null;
  storageProblem.value = describeStorageError(error);
}
