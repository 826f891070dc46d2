import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { parseRoutineFile, type Routine } from '../src/engine/routine.ts';

const VIRTUAL_ID = 'virtual:routines';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

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

/** Bundles `routines/*.json` into the app as `virtual:routines`, validated at build time. */
export function routinesPlugin(directory: string): Plugin {
  return {
    name: 'nightstretch-routines',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      for (const name of readdirSync(directory)) this.addWatchFile(join(directory, name));
      return `export const routines = ${JSON.stringify(loadRoutines(directory))};`;
    },
  };
}
