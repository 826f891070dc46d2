import type { CompletionRecord, CrampRecord, NightstretchDb } from '../storage/db';

// A night or a cramp that could not be written (another tab upgraded the database, the
// connection dropped) waits in localStorage and is written after the next start.
const KEY = 'nightstretch-pending-writes';

type PendingWrite =
  | { store: 'completions'; record: CompletionRecord }
  | { store: 'cramps'; record: CrampRecord };

function readPending(): PendingWrite[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as PendingWrite[]) : [];
  } catch {
    return [];
  }
}

export function keepForLater(write: PendingWrite): void {
  try {
    localStorage.setItem(KEY, JSON.stringify([...readPending(), write]));
  } catch {
    // No room anywhere: the notice already tells the person.
  }
}

/** Writes what waited; ids are stable, so a write that had in fact landed is not doubled. */
export async function writePending(db: NightstretchDb): Promise<boolean> {
  const pending = readPending();
  if (pending.length === 0) return false;
  const transaction = db.transaction(['completions', 'cramps'], 'readwrite');
  for (const write of pending) {
    if (write?.store === 'completions' || write?.store === 'cramps') {
      void transaction.objectStore(write.store).put(write.record as never);
    }
  }
  await transaction.done;
  localStorage.removeItem(KEY);
  return true;
}
