import type { CrampRecord, NightstretchDb } from './db';

/** Saves a diary entry; saving the same entry again keeps one record. */
export async function saveCramp(db: NightstretchDb, record: CrampRecord): Promise<void> {
  await db.put('cramps', record);
}

/** The most recent entry, to offer its leg and muscle as the next defaults. */
export async function lastCramp(db: NightstretchDb): Promise<CrampRecord | undefined> {
  const cursor = await db.transaction('cramps').store.index('at').openCursor(null, 'prev');
  return cursor?.value;
}

export async function getCramp(db: NightstretchDb, id: string): Promise<CrampRecord | undefined> {
  return db.get('cramps', id);
}

export async function deleteCramp(db: NightstretchDb, id: string): Promise<void> {
  await db.delete('cramps', id);
}
