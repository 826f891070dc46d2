import { signal } from '@preact/signals';
import { type MessageKey, type MessageValues, t } from '../i18n/i18n';
import { type NightstretchDb, openNightstretchDb } from '../storage/db';
import { type StorageErrorKind, storageErrorKind } from '../storage/errors';

/** A message to show, kept as its key so it follows a change of language. */
export interface Notice {
  key: MessageKey;
  values?: MessageValues;
}

/**
 * What the app-wide notice says when storage (or loading the app) fails; the app keeps working
 * without it. Set it to a key in `errors`; the shell translates it where it is shown.
 */
export const storageProblem = signal<Notice | null>(null);
/** The problem goes away only with a reload (another tab upgraded, the connection was lost). */
export const reloadAdvised = signal(false);

const ERROR_KEYS: Record<StorageErrorKind, MessageKey> = {
  full: 'errors.storageFull',
  busy: 'errors.storageBusy',
  unavailable: 'errors.storageUnavailable',
};

/** The key of the calm sentence a person can act on for a storage failure. */
export function storageErrorKey(error: unknown): MessageKey {
  return ERROR_KEYS[storageErrorKind(error)];
}

/** That sentence in the current language (for a screen that shows it at once). */
export function describeStorageError(error: unknown): string {
  return t(storageErrorKey(error));
}

let dbPromise: Promise<NightstretchDb> | null = null;

function advise(key: MessageKey, reload: boolean): void {
  storageProblem.value = { key };
  reloadAdvised.value = reload;
}

/** The app's one database connection, opened on first use. */
export function database(): Promise<NightstretchDb> {
  dbPromise ??= openNightstretchDb({
    onVersionChange: () => {
      dbPromise = null;
      advise('errors.storageUpdatedElsewhere', true);
    },
    onBlocked: () => advise('errors.storageBlocked', false),
    onTerminated: () => {
      dbPromise = null;
      advise('errors.storageConnectionLost', true);
    },
  }).then((db) => {
    if (storageProblem.peek()?.key === 'errors.storageBlocked') storageProblem.value = null;
    return db;
  });
  return dbPromise;
}

/** Shows what went wrong and lets the next call try to open the database again. */
export function reportStorageError(error: unknown): void {
  dbPromise = null;
  storageProblem.value = { key: storageErrorKey(error) };
}
