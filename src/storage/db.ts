import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { Completion } from '../engine/completionRecord';
import type { CrampEntry } from '../engine/cramp';
import type { NightKey } from '../engine/night';
import { DB_VERSION, runUpgrades } from './migrations';

export { DB_VERSION } from './migrations';
export const DB_NAME = 'nightstretch';

export type { Completion as CompletionRecord } from '../engine/completionRecord';
export type { CrampEntry as CrampRecord, Leg, Muscle } from '../engine/cramp';

export interface NightstretchSchema extends DBSchema {
  completions: {
    key: string;
    value: Completion;
    /** `countedNight` since version 3. */
    indexes: { night: string; completedAt: number; countedNight: string };
  };
  keyval: {
    key: string;
    value: unknown;
  };
  /** Added in version 2. */
  cramps: {
    key: string;
    value: CrampEntry;
    indexes: { night: string; at: number };
  };
}

export type NightstretchDb = IDBPDatabase<NightstretchSchema>;

export interface OpenOptions {
  name?: string;
  /** Another tab wants a newer schema: this connection closes and the caller tells the person. */
  onVersionChange?: () => void;
  /** This tab wants a newer schema but an older tab keeps the database open. */
  onBlocked?: () => void;
  /** The browser closed the connection on its own (storage cleared, disk trouble). */
  onTerminated?: () => void;
}

export async function openNightstretchDb(options: OpenOptions = {}): Promise<NightstretchDb> {
  const db = await openDB<NightstretchSchema>(options.name ?? DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion, newVersion, transaction) {
      runUpgrades(database, transaction, oldVersion, newVersion ?? DB_VERSION);
    },
    blocked() {
      options.onBlocked?.();
    },
    blocking() {
      db.close();
      options.onVersionChange?.();
    },
    terminated() {
      options.onTerminated?.();
    },
  });
  return db;
}
