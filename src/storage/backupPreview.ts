import type { Backup } from './backupSchema';
import { CUSTOM_ROUTINES_KEY } from './customRoutines';
import type { NightstretchDb } from './db';
import { sameRecord } from './sameRecord';

// What a checked backup would add to this phone, and what it holds in another version.

const SETTINGS_KEY = 'settings';

export interface ImportCounts {
  completions: number;
  cramps: number;
  /** The person's own routines; one with the same id as a routine here is left as it is here. */
  routines: number;
  /** The backup's settings are used only on a device that has none of its own yet. */
  settings: boolean;
}

/** Records in the file whose id is on this phone with different details: this phone's are kept. */
export type ImportConflicts = Pick<ImportCounts, 'completions' | 'cramps' | 'routines'>;

export interface ImportPreview {
  inFile: ImportCounts;
  toAdd: ImportCounts;
  conflicts: ImportConflicts;
}

async function missing(db: NightstretchDb, backup: Backup) {
  const transaction = db.transaction(['completions', 'cramps', 'keyval']);
  const [completions, cramps, settings, storedRoutines] = await Promise.all([
    transaction.objectStore('completions').getAll(),
    transaction.objectStore('cramps').getAll(),
    transaction.objectStore('keyval').get(SETTINGS_KEY),
    transaction.objectStore('keyval').get(CUSTOM_ROUTINES_KEY),
  ]);
  await transaction.done;
  const haveCompletions = new Map(completions.map((record) => [record.id, record]));
  const haveCramps = new Map(cramps.map((record) => [record.id, record]));
  const haveRoutines = new Map(
    (Array.isArray(storedRoutines) ? (storedRoutines as unknown[]) : []).flatMap((item) =>
      item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string'
        ? [[(item as { id: string }).id, item] as const]
        : [],
    ),
  );
  const differing = (records: readonly { id: string }[], have: Map<string, unknown>) =>
    records.filter((record) => have.has(record.id) && !sameRecord(record, have.get(record.id)))
      .length;
  return {
    completions: backup.completions.filter((record) => !haveCompletions.has(record.id)),
    cramps: backup.cramps.filter((record) => !haveCramps.has(record.id)),
    routines: newRoutines(backup, storedRoutines),
    settings: backup.settings !== undefined && settings === undefined,
    conflicts: {
      completions: differing(backup.completions, haveCompletions),
      cramps: differing(backup.cramps, haveCramps),
      routines: differing(backup.routines ?? [], haveRoutines),
    },
  };
}

/** The backup's routines whose ids this phone does not have yet. */
export function newRoutines(backup: Backup, stored: unknown): NonNullable<Backup['routines']> {
  const have = new Set(storedIds(stored));
  return (backup.routines ?? []).filter((routine) => !have.has(routine.id));
}

/** Ids of everything stored, broken entries included, so none is ever overwritten. */
function storedIds(stored: unknown): string[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((item: unknown) =>
    item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string'
      ? [(item as { id: string }).id]
      : [],
  );
}

/** What importing would add; nothing is written. */
export async function previewImport(db: NightstretchDb, backup: Backup): Promise<ImportPreview> {
  const toAdd = await missing(db, backup);
  return {
    inFile: {
      completions: backup.completions.length,
      cramps: backup.cramps.length,
      routines: backup.routines?.length ?? 0,
      settings: backup.settings !== undefined,
    },
    toAdd: {
      completions: toAdd.completions.length,
      cramps: toAdd.cramps.length,
      routines: toAdd.routines.length,
      settings: toAdd.settings,
    },
    conflicts: toAdd.conflicts,
  };
}
