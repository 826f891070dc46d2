import type { NightstretchDb } from './db';

// Small facts kept in the key-value store beside the settings.
const DOCTOR_CARD_DISMISSED_AT = 'doctorCardDismissedAt';
const PERSIST_REQUEST = 'persistRequest';

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
