import type { Routine } from '../engine/routine';
import { announceDataChanged } from '../shell/changes';
import { database, reportStorageError } from '../shell/database';
import { CUSTOM_ROUTINES_KEY, validRoutines } from '../storage/customRoutines';

async function readStored(): Promise<Routine[]> {
  return validRoutines(await (await database()).get('keyval', CUSTOM_ROUTINES_KEY));
}

/** For showing: a storage failure is reported and leaves the list empty. */
export async function readCustomRoutines(): Promise<Routine[]> {
  try {
    return await readStored();
  } catch (error) {
    reportStorageError(error);
    return [];
  }
}

/** Saves the whole list and returns it, for the caller to show; other open tabs hear of it. */
async function write(routines: Routine[]): Promise<Routine[]> {
  await (await database()).put('keyval', routines, CUSTOM_ROUTINES_KEY);
  announceDataChanged();
  return routines;
}

/** Adds the routine (a failure is thrown, for the editor to say), or replaces the saved one with the same id. */
export async function saveCustomRoutine(routine: Routine): Promise<Routine[]> {
  const current = await readStored();
  const index = current.findIndex((saved) => saved.id === routine.id);
  if (index === -1) current.push(routine);
  else current[index] = routine;
  return write(current);
}

export async function deleteCustomRoutine(id: string): Promise<Routine[]> {
  return write((await readStored()).filter((routine) => routine.id !== id));
}
