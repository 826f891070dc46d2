import * as v from 'valibot';
import { t } from '../i18n/i18n';
import { type ImportCounts, newRoutines } from './backupPreview';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type Backup,
  BackupSchema,
  CompletionSchema,
  CrampSchema,
  describeIssue,
  MAX_BACKUP_BYTES,
  READABLE_VERSIONS,
} from './backupSchema';
import { firstBadTime } from './backupTimes';
import { CUSTOM_ROUTINES_KEY, validRoutines } from './customRoutines';
import type { NightstretchDb } from './db';
import { normalizeSettings } from './settings';

export {
  type ImportConflicts,
  type ImportCounts,
  type ImportPreview,
  previewImport,
} from './backupPreview';
export { BACKUP_FORMAT, BACKUP_VERSION, type Backup, MAX_BACKUP_BYTES } from './backupSchema';

const SETTINGS_KEY = 'settings';

/** Everything worth keeping, read in one transaction so the copy is consistent. */
export async function createBackup(
  db: NightstretchDb,
  appVersion: string,
  nowMs: number,
): Promise<Backup> {
  return (await createCheckedBackup(db, appVersion, nowMs)).backup;
}

/** True when a stored record would be accepted back by `readBackup`. */
function restorable(schema: typeof CompletionSchema | typeof CrampSchema, nowMs: number) {
  return (record: unknown) => {
    if (!v.is(schema, record)) return false;
    const alone =
      schema === CrampSchema
        ? { completions: [], cramps: [record] }
        : { completions: [record], cramps: [] };
    return firstBadTime(alone as unknown as Backup, nowMs) === null;
  };
}

/**
 * The backup, and how many records damaged on this phone were left out of it: one such record
 * must never make the whole file impossible to restore.
 */
export async function createCheckedBackup(
  db: NightstretchDb,
  appVersion: string,
  nowMs: number,
): Promise<{ backup: Backup; leftOut: { completions: number; cramps: number } }> {
  const transaction = db.transaction(['completions', 'cramps', 'keyval']);
  const [completions, cramps, settings, storedRoutines] = await Promise.all([
    // The stores, not the time indexes, which skip a record whose time is damaged.
    transaction.objectStore('completions').getAll(),
    transaction.objectStore('cramps').getAll(),
    transaction.objectStore('keyval').get(SETTINGS_KEY),
    transaction.objectStore('keyval').get(CUSTOM_ROUTINES_KEY),
  ]);
  await transaction.done;
  const routines = validRoutines(storedRoutines);
  const goodCompletions = completions
    .filter(restorable(CompletionSchema, nowMs))
    .sort((a, b) => a.completedAt - b.completedAt);
  const goodCramps = cramps.filter(restorable(CrampSchema, nowMs)).sort((a, b) => a.at - b.at);
  const backup: Backup = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_VERSION,
    appVersion,
    exportedAt: new Date(nowMs).toISOString(),
    completions: goodCompletions,
    cramps: goodCramps,
    ...(settings === undefined
      ? {}
      : { settings: { ...normalizeSettings(settings) } as Record<string, unknown> }),
    ...(routines.length === 0 ? {} : { routines }),
  };
  const leftOut = {
    completions: completions.length - goodCompletions.length,
    cramps: cramps.length - goodCramps.length,
  };
  return { backup, leftOut };
}

export type ReadResult = { ok: true; backup: Backup } | { ok: false; message: string };

const refuse = (message: string): ReadResult => ({ ok: false, message });

function megabytes(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}

/** Refuses a file before reading it when it is far too big to be a backup. */
export function checkBackupSize(bytes: number): string | null {
  return bytes > MAX_BACKUP_BYTES
    ? t('data.tooBig', { size: megabytes(bytes), max: megabytes(MAX_BACKUP_BYTES) })
    : null;
}

/**
 * Checks a backup file's text completely; on refusal the message names the problem. `nowMs` is
 * this phone's time: nothing in a backup can have happened after it.
 */
export function readBackup(text: string, nowMs: number): ReadResult {
  const tooBig = checkBackupSize(text.length);
  if (tooBig) return refuse(tooBig);
  let data: unknown;
  try {
    // Some editors add a byte-order mark when saving; it is not part of the data.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse(t('data.notJson'));
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return refuse(t('data.notBackupObject'));
  }
  const { format, formatVersion } = data as Record<string, unknown>;
  if (format !== BACKUP_FORMAT) return refuse(t('data.wrongFormat', { format: BACKUP_FORMAT }));
  if (formatVersion === undefined) return refuse(t('data.noFormatVersion'));
  if (typeof formatVersion === 'number' && Number.isInteger(formatVersion)) {
    if (formatVersion > BACKUP_VERSION) {
      return refuse(t('data.newerFormat', { version: formatVersion, current: BACKUP_VERSION }));
    }
  }
  if (!(READABLE_VERSIONS as readonly unknown[]).includes(formatVersion)) {
    const [first = '', second = '', third = ''] = READABLE_VERSIONS.map(String);
    return refuse(
      t('data.unknownVersion', {
        version: JSON.stringify(formatVersion),
        versions: t('data.listThree', { first, second, third }),
      }),
    );
  }
  const parsed = v.safeParse(BackupSchema, data, { abortEarly: true });
  if (!parsed.success) {
    const issue = parsed.issues[0];
    return refuse(
      issue ? t('data.damagedBecause', { problem: describeIssue(issue) }) : t('data.damaged'),
    );
  }
  const duplicate =
    firstDuplicate(parsed.output.completions, 'completions') ??
    firstDuplicate(parsed.output.cramps, 'cramps') ??
    firstDuplicate(parsed.output.routines ?? [], 'routines');
  if (duplicate) return refuse(t('data.damagedBecause', { problem: duplicate }));
  const badTime = firstBadTime(parsed.output, nowMs);
  if (badTime) return refuse(t('data.damagedBecause', { problem: badTime }));
  return { ok: true, backup: parsed.output };
}

function firstDuplicate(records: readonly { id: string }[], field: string): string | null {
  const seen = new Set<string>();
  for (const [index, record] of records.entries()) {
    if (seen.has(record.id)) {
      return t('data.duplicateId', { field: `${field}[${index}].id`, id: record.id });
    }
    seen.add(record.id);
  }
  return null;
}

/**
 * Adds what this device lacks, in one transaction: records already here (same id) are left
 * exactly as they are, so importing the same file twice adds nothing the second time.
 */
export async function importBackup(db: NightstretchDb, backup: Backup): Promise<ImportCounts> {
  const transaction = db.transaction(['completions', 'cramps', 'keyval'], 'readwrite');
  const completions = transaction.objectStore('completions');
  const cramps = transaction.objectStore('cramps');
  const keyval = transaction.objectStore('keyval');
  const [completionKeys, crampKeys, settings, storedRoutines] = await Promise.all([
    completions.getAllKeys(),
    cramps.getAllKeys(),
    keyval.get(SETTINGS_KEY),
    keyval.get(CUSTOM_ROUTINES_KEY),
  ]);
  const haveCompletions = new Set<string>(completionKeys);
  const haveCramps = new Set<string>(crampKeys);
  const writes: Promise<unknown>[] = [];
  const added: ImportCounts = { completions: 0, cramps: 0, routines: 0, settings: false };
  try {
    for (const record of backup.completions) {
      if (haveCompletions.has(record.id)) continue;
      haveCompletions.add(record.id);
      writes.push(completions.add(record));
      added.completions += 1;
    }
    for (const record of backup.cramps) {
      if (haveCramps.has(record.id)) continue;
      haveCramps.add(record.id);
      writes.push(cramps.add(record));
      added.cramps += 1;
    }
    if (backup.settings !== undefined && settings === undefined) {
      writes.push(keyval.add(normalizeSettings(backup.settings), SETTINGS_KEY));
      added.settings = true;
    }
    const routines = newRoutines(backup, storedRoutines);
    if (routines.length > 0) {
      // Appended after what is stored (even entries this version cannot read), never instead.
      const kept: unknown[] = Array.isArray(storedRoutines) ? storedRoutines : [];
      writes.push(keyval.put([...kept, ...routines], CUSTOM_ROUTINES_KEY));
      added.routines = routines.length;
    }
  } catch (error) {
    // A write refused on the spot: undo the ones already queued, so all or nothing lands.
    transaction.abort();
    await Promise.allSettled([...writes, transaction.done]);
    throw error;
  }
  await Promise.all([...writes, transaction.done]);
  return added;
}
