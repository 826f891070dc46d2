import { signal } from '@preact/signals';
import { type NightstretchDb, openNightstretchDb } from '../storage/db';
import { describeStorageError } from '../storage/errors';

export { describeStorageError };

/** A sentence for the person when storage fails; the app keeps working without it. */
export const storageProblem = signal<string | null>(null);
/** The problem goes away only with a reload (another tab upgraded, the connection was lost). */
export const reloadAdvised = signal(false);

const BLOCKED =
  'Nightstretch is updating its saved data, but another Nightstretch tab still has the old version open. Close or reload that tab to finish.';

let dbPromise: Promise<NightstretchDb> | null = null;

function advise(message: string, reload: boolean): void {
  storageProblem.value = message;
  reloadAdvised.value = reload;
}

/** The app's one database connection, opened on first use. */
export function database(): Promise<NightstretchDb> {
  dbPromise ??= openNightstretchDb({
    onVersionChange: () => {
      dbPromise = null;
      advise(
        'Nightstretch was updated in another tab. Reload this page to keep saving your nights.',
        true,
      );
    },
    onBlocked: () => advise(BLOCKED, false),
    onTerminated: () => {
      dbPromise = null;
      advise(
        'Nightstretch lost its connection to your saved nights (the browser closed it). Reload to carry on; nothing saved so far is lost.',
        true,
      );
    },
  }).then((db) => {
    if (storageProblem.peek() === BLOCKED) storageProblem.value = null;
    return db;
  });
  return dbPromise;
}

/** Shows what went wrong and lets the next call try to open the database again. */
export function reportStorageError(error: unknown): void {
  dbPromise = null;
  storageProblem.value = describeStorageError(error);
}
