import { signal } from '@preact/signals';
import { announceDataChanged, announceErased } from '../shell/changes';
import { database, reportStorageError } from '../shell/database';
import { deleteCompletion, saveCompletion } from '../storage/completions';
import { deleteCramp, saveCramp } from '../storage/cramps';
import type { CompletionRecord, CrampRecord } from '../storage/db';
import { type Erased, eraseEverything } from '../storage/erase';

// Removing one record, taking it back, and erasing everything. Every change is announced, so
// the streak and History follow at once in every open tab.

/** How long "Undo" stays offered after a session or cramp is deleted. */
export const UNDO_MS = 8_000;

export type Removed =
  | { kind: 'session'; record: CompletionRecord }
  | { kind: 'cramp'; record: CrampRecord };

/** The record just deleted, while it can still be put back. */
export const justRemoved = signal<Removed | null>(null);
let undoTimer: ReturnType<typeof setTimeout> | undefined;

function offerUndo(removed: Removed | null): void {
  clearTimeout(undoTimer);
  justRemoved.value = removed;
  if (removed) undoTimer = setTimeout(() => (justRemoved.value = null), UNDO_MS);
}

/** Deletes at once (every tab sees it go); the record is kept in memory for Undo. */
export async function removeRecord(removed: Removed): Promise<void> {
  const db = await database();
  if (removed.kind === 'session') await deleteCompletion(db, removed.record.id);
  else await deleteCramp(db, removed.record.id);
  announceDataChanged();
  offerUndo(removed);
}

/** Puts the deleted record back exactly as it was. */
export async function undoRemove(): Promise<void> {
  const removed = justRemoved.peek();
  if (!removed) return;
  offerUndo(null);
  try {
    const db = await database();
    if (removed.kind === 'session') await saveCompletion(db, removed.record);
    else await saveCramp(db, removed.record);
    announceDataChanged();
  } catch (error) {
    reportStorageError(error);
    throw error;
  }
}

/** Clears every store; the shell then resets settings and forgets any unfinished routine. */
export async function eraseThisPhone(): Promise<Erased> {
  const erased = await eraseEverything(await database());
  offerUndo(null);
  announceErased();
  return erased;
}
