import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { inOneLanguage, type LocalizedRoutine } from '../src/engine/localized.ts';
import { parseLocalizedRoutineFile } from '../src/engine/routineFile.ts';

const VIRTUAL_ID = 'virtual:routines';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
/** The same routines without their steps' words: what Home needs, a few KB lighter. */
const OUTLINES_ID = 'virtual:routine-outlines';
const RESOLVED_OUTLINES_ID = `\0${OUTLINES_ID}`;

/**
 * Reads and validates every routine file, every text in every language; throws naming the file,
 * the field and the language at fault.
 */
export function loadRoutines(directory: string): LocalizedRoutine[] {
  const files = readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .sort();
  const routines = files.map((name) => {
    const path = join(directory, name);
    return parseLocalizedRoutineFile(relative(process.cwd(), path), readFileSync(path, 'utf8'));
  });
  return routines.sort((a, b) => (a.order ?? 99) - (b.order ?? 99) || a.id.localeCompare(b.id));
}

/**
 * Bundles `routines/*.json` into the app, validated at build time: `virtual:routines` holds them
 * whole in every language (`localizedRoutines`), and in English as plain routines (`routines`,
 * for tests; the app never imports it, so the build leaves it out); `virtual:routine-outlines`
 * holds every field but the steps' names and instructions, in every language, for the first
 * screen.
 */
export function routinesPlugin(directory: string): Plugin {
  return {
    name: 'nightstretch-routines',
    resolveId(id) {
      if (id === VIRTUAL_ID) return RESOLVED_ID;
      return id === OUTLINES_ID ? RESOLVED_OUTLINES_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID && id !== RESOLVED_OUTLINES_ID) return null;
      for (const name of readdirSync(directory)) this.addWatchFile(join(directory, name));
      const routines = loadRoutines(directory);
      if (id === RESOLVED_ID) {
        const english = routines.map((routine) => inOneLanguage(routine, (text) => text.en));
        return [
          `export const localizedRoutines = ${JSON.stringify(routines)};`,
          `export const routines = ${JSON.stringify(english)};`,
        ].join('\n');
      }
      // No words: each routine's name and summary come in the first screen's messages of the
      // app's language only (routineMessages, below).
      const outlines = routines.map(({ name: _name, summary: _summary, ...routine }) => ({
        ...routine,
        steps: routine.steps.map(({ instruction: _, name: _stepName, ...step }) => step),
      }));
      return `export const routineOutlines = ${JSON.stringify(outlines)};`;
    },
  };
}

/**
 * Each bundled routine's name and summary in one language, as messages for the first screen
 * ("<routine id>.name", "<routine id>.summary"), so Home carries only its own language.
 */
export function routineMessages(directory: string, language: string): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const routine of loadRoutines(directory)) {
    const text = (field: Record<string, string>) => field[language] ?? field.en ?? '';
    messages[`${routine.id}.name`] = text(routine.name);
    messages[`${routine.id}.summary`] = text(routine.summary);
  }
  return messages;
}
