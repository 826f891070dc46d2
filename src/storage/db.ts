import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { NightKey } from '../engine/night';

export const DB_NAME = 'nightstretch';
export const DB_VERSION = 1;

/** One finished routine. `night` is fixed when written and never recomputed. */
export interface CompletionRecord {
  id: string;
  routineId: string;
  routineName: string;
  startedAt: number;
  completedAt: number;
  /** UTC offset in minutes east of Greenwich at completion. */
  utcOffsetMinutes: number;
  night: NightKey;
  stepsDone: string[];
  stepsSkipped: string[];
  durationMs: number;
}

export interface NightstretchSchema extends DBSchema {
  completions: {
    key: string;
    value: CompletionRecord;
    indexes: { night: string; completedAt: number };
  };
  keyval: {
    key: string;
    value: unknown;
  };
}

export type NightstretchDb = IDBPDatabase<NightstretchSchema>;

export interface OpenOptions {
  name?: string;
  /** Another tab wants a newer schema: close and let the caller tell the person. */
  onVersionChange?: () => void;
}

export async function openNightstretchDb(options: OpenOptions = {}): Promise<NightstretchDb> {
  const db = await openDB<NightstretchSchema>(options.name ?? DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        const completions = database.createObjectStore('completions', { keyPath: 'id' });
        completions.createIndex('night', 'night');
        completions.createIndex('completedAt', 'completedAt');
        database.createObjectStore('keyval');
      }
    },
    blocking() {
      db.close();
      options.onVersionChange?.();
    },
  });
  return db;
}
