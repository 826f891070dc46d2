import type { NightstretchDb } from './db';

// Small facts kept in the key-value store beside the settings.
const DOCTOR_CARD_DISMISSED_AT = 'doctorCardDismissedAt';
const PERSIST_REQUEST = 'persistRequest';
/** Names this person's calendar reminder, so a new download replaces the old alarm. */
const REMINDER_ID = 'reminderId';

export async function doctorCardDismissedAt(db: NightstretchDb): Promise<number | null> {
  const value = await db.get('keyval', DOCTOR_CARD_DISMISSED_AT);
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export async function dismissDoctorCard(db: NightstretchDb, atMs: number): Promise<void> {
  await db.put('keyval', atMs, DOCTOR_CARD_DISMISSED_AT);
}

/** What the browser answered when asked to keep our data, and when. */
export interface PersistRequest {
  askedAt: number;
  granted: boolean;
}

export async function loadPersistRequest(db: NightstretchDb): Promise<PersistRequest | null> {
  const value = (await db.get('keyval', PERSIST_REQUEST)) as Partial<PersistRequest> | undefined;
  return value && typeof value.askedAt === 'number' && typeof value.granted === 'boolean'
    ? { askedAt: value.askedAt, granted: value.granted }
    : null;
}

export async function savePersistRequest(
  db: NightstretchDb,
  request: PersistRequest,
): Promise<void> {
  await db.put('keyval', request, PERSIST_REQUEST);
}

/** The reminder's id, made (with `makeId`) and kept the first time it is asked for. */
export async function reminderId(db: NightstretchDb, makeId: () => string): Promise<string> {
  const transaction = db.transaction('keyval', 'readwrite');
  const stored = await transaction.store.get(REMINDER_ID);
  if (typeof stored === 'string' && /^[\w-]{8,64}$/.test(stored)) {
    await transaction.done;
    return stored;
  }
  const made = makeId();
  await Promise.all([transaction.store.put(made, REMINDER_ID), transaction.done]);
  return made;
}
