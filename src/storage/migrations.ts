import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { type LegacyCompletion, withCounting } from '../engine/completionRecord';
import type { NightstretchSchema } from './db';

type UpgradeDb = IDBPDatabase<NightstretchSchema>;
type UpgradeTransaction = IDBPTransaction<
  NightstretchSchema,
  StoreNames<NightstretchSchema>[],
  'versionchange'
>;

/**
 * One step per schema version, applied in order: a database at version n runs steps n+1..latest.
 * Steps are history: never edit one that has shipped; add a new step instead, with a fixture in
 * src/storage/fixtures/ made at the version before it.
 */
export const UPGRADES: readonly ((db: UpgradeDb, transaction: UpgradeTransaction) => void)[] = [
  // 1: completed routines and a key-value store (settings, the interrupted session).
  (db) => {
    const completions = db.createObjectStore('completions', { keyPath: 'id' });
    completions.createIndex('night', 'night');
    completions.createIndex('completedAt', 'completedAt');
    db.createObjectStore('keyval');
  },
  // 2: the cramp diary.
  (db) => {
    const cramps = db.createObjectStore('cramps', { keyPath: 'id' });
    cramps.createIndex('night', 'night');
    cramps.createIndex('at', 'at');
  },
  // 3: a session counts for the night only if it was really stretched. Old records gain
  // `counted` and `heldSeconds`, and counted ones a `countedNight`, which the streak reads.
  (_db, transaction) => {
    const completions = transaction.objectStore('completions');
    completions.createIndex('countedNight', 'countedNight');
    void (async () => {
      for (let cursor = await completions.openCursor(); cursor; cursor = await cursor.continue()) {
        await cursor.update(withCounting(cursor.value as LegacyCompletion));
      }
    })();
  },
];

export const DB_VERSION = UPGRADES.length;

export function runUpgrades(
  db: UpgradeDb,
  transaction: UpgradeTransaction,
  oldVersion: number,
  newVersion: number,
): void {
  for (let version = oldVersion + 1; version <= newVersion; version++) {
    const step = UPGRADES[version - 1];
    if (!step) throw new Error(`no upgrade step for schema version ${version}`);
    step(db, transaction);
  }
}
