import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { parseRoutineFile, type Routine } from '../src/engine/routine.ts';

const VIRTUAL_ID = 'virtual:routines';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
/** The same routines without their instructions: what Home needs, a few hundred bytes lighter. */
const OUTLINES_ID = 'virtual:routine-outlines';
const RESOLVED_OUTLINES_ID = `\0${OUTLINES_ID}`;

/** Reads and validates every routine file; throws naming the file and the field at fault. */
export function loadRoutines(directory: string): Routine[] {
  const files = readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .sort();
  const routines = files.map((name) => {
    const path = join(directory, name);
    return parseRoutineFile(relative(process.cwd(), path), readFileSync(path, 'utf8'));
  });
  return routines.sort((a, b) => (a.order ?? 99) - (b.order ?? 99) || a.id.localeCompare(b.id));
}

/**
 * Bundles `routines/*.json` into the app as `virtual:routines`, validated at build time, and as
 * `virtual:routine-outlines` (every field but the steps' instructions) for the first screen.
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
      if (id === RESOLVED_ID) return `export const routines = ${JSON.stringify(routines)};`;
      const outlines = routines.map((routine) => ({
        ...routine,
        steps: routine.steps.map(({ instruction: _, ...step }) => step),
      }));
      return `export const routineOutlines = ${JSON.stringify(outlines)};`;
    },
  };
}
