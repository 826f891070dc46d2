import type { NightstretchDb } from './db';

/** What "Erase everything" removed, for the sentence that tells the person. */
export interface Erased {
  completions: number;
  cramps: number;
  /** The person's own routines. */
  routines: number;
  settings: boolean;
  /** A routine left unfinished, which Home would have offered to carry on. */
  unfinishedSession: boolean;
}

/** Empties every store of the database in one transaction: all of it goes, or none of it. */
export async function eraseEverything(db: NightstretchDb): Promise<Erased> {
  const names = [...db.objectStoreNames];
  const transaction = db.transaction(names, 'readwrite');
  const keyval = transaction.objectStore('keyval');
  const [completions, cramps, routines, settings, session] = await Promise.all([
    transaction.objectStore('completions').count(),
    transaction.objectStore('cramps').count(),
    keyval.get('customRoutines'),
    keyval.count('settings'),
    keyval.count('activeSession'),
  ]);
  await Promise.all([
    ...names.map((name) => transaction.objectStore(name).clear()),
    transaction.done,
  ]);
  return {
    completions,
    cramps,
    routines: Array.isArray(routines) ? routines.length : 0,
    settings: settings > 0,
    unfinishedSession: session > 0,
  };
}
