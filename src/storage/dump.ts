import type { NightstretchDb } from './db';

/** Every key and value of every store, for tests that must prove nothing changed. */
export async function dumpDatabase(
  db: NightstretchDb,
): Promise<Record<string, [IDBValidKey, unknown][]>> {
  const names = [...db.objectStoreNames].sort();
  const transaction = db.transaction(names);
  const dump: Record<string, [IDBValidKey, unknown][]> = {};
  for (const name of names) {
    const store = transaction.objectStore(name);
    const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
    dump[name] = keys.map((key, index) => [key, values[index]]);
  }
  await transaction.done;
  return dump;
}
