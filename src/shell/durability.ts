import { signal } from '@preact/signals';
import { loadPersistRequest, savePersistRequest } from '../storage/meta';
import { database } from './database';

/**
 * Whether the browser promised to keep our data when space runs low
 * (navigator.storage.persist). Shown in History → "Your data".
 */
export type Persistence = 'checking' | 'unsupported' | 'not-asked' | 'granted' | 'refused';

export const persistence = signal<Persistence>('checking');

function storageManager(): StorageManager | null {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  return typeof storage?.persist === 'function' ? storage : null;
}

/** The storage manager when persistence is still worth asking about; otherwise records why not. */
async function undecidedStorage(): Promise<StorageManager | null> {
  const storage = storageManager();
  if (!storage) {
    persistence.value = 'unsupported';
    return null;
  }
  if (await storage.persisted()) {
    persistence.value = 'granted';
    return null;
  }
  return storage;
}

/** Reads the current state without asking the browser for anything. */
export async function checkPersistence(): Promise<void> {
  if (!(await undecidedStorage())) return;
  const asked = await loadPersistRequest(await database()).catch(() => null);
  persistence.value = asked ? 'refused' : 'not-asked';
}

/** After a completion: asks once (the browser may show a prompt), and remembers the answer. */
export async function askForPersistenceOnce(nowMs: number): Promise<void> {
  const storage = await undecidedStorage();
  if (!storage) return;
  const db = await database();
  if (await loadPersistRequest(db)) {
    persistence.value = 'refused';
    return;
  }
  const granted = await storage.persist();
  await savePersistRequest(db, { askedAt: nowMs, granted });
  persistence.value = granted ? 'granted' : 'refused';
}
