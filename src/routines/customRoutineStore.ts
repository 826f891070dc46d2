import { isLanguage, type Language } from '../engine/languages';
import type { Routine } from '../engine/routine';
import { language } from '../i18n/i18n';
import { announceDataChanged } from '../shell/changes';
import { database, reportStorageError } from '../shell/database';
import { CUSTOM_ROUTINES_KEY, validRoutines } from '../storage/customRoutines';

/**
 * The saved routines, each with the language it was written in: shown as written whatever the
 * app's language. One saved before the app spoke other languages was written in English.
 */
async function readStored(): Promise<Routine[]> {
  const stored = validRoutines(await (await database()).get('keyval', CUSTOM_ROUTINES_KEY));
  return stored.map((routine) => ({ ...routine, language: routine.language ?? 'en' }));
}

/** The language a routine made now is written in (the editor offers the stretches in it). */
function writingLanguage(): Language {
  return isLanguage(language.value) ? language.value : 'en';
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
export async function saveCustomRoutine(made: Routine): Promise<Routine[]> {
  const routine = { ...made, language: made.language ?? writingLanguage() };
  const current = await readStored();
  const index = current.findIndex((saved) => saved.id === routine.id);
  if (index === -1) current.push(routine);
  else current[index] = routine;
  return write(current);
}

export async function deleteCustomRoutine(id: string): Promise<Routine[]> {
  return write((await readStored()).filter((routine) => routine.id !== id));
}
