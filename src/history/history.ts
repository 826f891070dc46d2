import { countByNight, type MonthKey } from '../engine/calendar';
import type { NightKey } from '../engine/night';
import { type Totals, totalsOf } from '../engine/streak';
import { database } from '../shell/database';
import type { CompletionRecord, CrampRecord, NightstretchDb } from '../storage/db';
import { doctorCardDismissedAt } from '../storage/meta';
import { isReadableCompletion, isReadableCramp, splitReadable } from './readable';

export type { CompletionRecord, CrampRecord };

// History reads only what the first screenful needs, so ten years of nights open quickly;
// totals over everything follow in the background.

const RECENT = 10;
/** Cramps old enough to be out of any cluster the doctor card looks at (see engine/cramp). */
const DOCTOR_LOOKBACK_MS = 21 * 86_400_000;

export interface HistoryOverview {
  /** Newest first. */
  recentCompletions: CompletionRecord[];
  /** Newest first. */
  recentCramps: CrampRecord[];
  /** Cramps of the last three weeks, for the doctor card. */
  latestCramps: CrampRecord[];
  doctorCardDismissedAt: number | null;
  /** The earliest night with a session or a cramp. */
  firstNight: NightKey | null;
  /** Records too damaged to show, left out of the lists above. */
  unreadable: { completions: number; cramps: number };
}

interface ValueCursor<T> {
  value: T;
  continue(): Promise<ValueCursor<T> | null>;
}

async function firstValues<T>(cursor: ValueCursor<T> | null): Promise<T[]> {
  const found: T[] = [];
  while (cursor && found.length < RECENT) {
    found.push(cursor.value);
    cursor = await cursor.continue();
  }
  return found;
}

async function firstNightIn(db: NightstretchDb, store: 'completions' | 'cramps') {
  const cursor = await db.transaction(store).store.index('night').openKeyCursor();
  return cursor ? String(cursor.key) : null;
}

/** The earliest night with a session or a cramp, read from the two night indexes. */
export async function loadFirstNight(): Promise<NightKey | null> {
  const db = await database();
  const nights = (await Promise.all([firstNightIn(db, 'completions'), firstNightIn(db, 'cramps')]))
    .filter((night): night is string => night !== null)
    .sort();
  return nights[0] ?? null;
}

export async function loadOverview(nowMs: number): Promise<HistoryOverview> {
  const db = await database();
  const [recentCompletions, recentCramps, latestCramps, dismissedAt, first, firstCramp] =
    await Promise.all([
      db
        .transaction('completions')
        .store.index('completedAt')
        .openCursor(null, 'prev')
        .then((cursor) => firstValues<CompletionRecord>(cursor)),
      db
        .transaction('cramps')
        .store.index('at')
        .openCursor(null, 'prev')
        .then((cursor) => firstValues<CrampRecord>(cursor)),
      db.getAllFromIndex('cramps', 'at', IDBKeyRange.lowerBound(nowMs - DOCTOR_LOOKBACK_MS)),
      doctorCardDismissedAt(db),
      firstNightIn(db, 'completions'),
      firstNightIn(db, 'cramps'),
    ]);
  const nights = [first, firstCramp].filter((night): night is string => night !== null).sort();
  const completions = splitReadable(recentCompletions, isReadableCompletion);
  const cramps = splitReadable(recentCramps, isReadableCramp);
  return {
    recentCompletions: completions.shown,
    recentCramps: cramps.shown,
    latestCramps: latestCramps.filter(isReadableCramp),
    unreadable: { completions: completions.unreadable, cramps: cramps.unreadable },
    doctorCardDismissedAt: dismissedAt,
    firstNight: nights[0] ?? null,
  };
}

export interface MonthMarks {
  /** Sessions per night. */
  stretched: Map<NightKey, number>;
  /** Cramps per night. */
  cramps: Map<NightKey, number>;
}

/** Just the nights of one month, read by the night index. */
export async function loadMonth(month: MonthKey): Promise<MonthMarks> {
  const db = await database();
  const range = IDBKeyRange.bound(`${month}-01`, `${month}-31`);
  const [completions, cramps] = await Promise.all([
    db.getAllFromIndex('completions', 'night', range),
    db.getAllFromIndex('cramps', 'night', range),
  ]);
  // Only sessions that counted mark a night as stretched; partial ones stay in the list.
  const counted = completions.filter((record) => record.counted !== false);
  return { stretched: countByNight(counted), cramps: countByNight(cramps) };
}

/** Nights, sessions and minutes over everything. */
export async function loadTotals(): Promise<Totals> {
  const all: unknown[] = await (await database()).getAll('completions');
  return totalsOf(all.filter(isReadableCompletion));
}

/** Every session and cramp, oldest first (for the spreadsheet). */
export async function loadAllRecords(): Promise<{
  completions: CompletionRecord[];
  cramps: CrampRecord[];
}> {
  const db = await database();
  const [completions, cramps] = await Promise.all([
    db.getAllFromIndex('completions', 'completedAt'),
    db.getAllFromIndex('cramps', 'at'),
  ]);
  return { completions, cramps };
}
