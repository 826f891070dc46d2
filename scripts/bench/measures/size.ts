import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchRow, Measure } from '../types';

const gzipBytes = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

/** Files the service worker precaches, read from the generated sw.js. */
export function precacheList(distDir: string): string[] {
  const sw = readFileSync(join(distDir, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((match) => match[1] ?? '');
  return [...new Set(urls.filter(Boolean))];
}

/** Scripts and styles index.html loads before anything else (entry, its imports, its CSS). */
export function firstScreenFiles(distDir: string): string[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  return [...new Set(refs.filter((ref) => ref && !ref.startsWith('http')))];
}

/** A chunk and the chunks it imports statically, by file name under assets/. */
function withImports(distDir: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(join(distDir, file), 'utf8');
  for (const match of text.matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g))
    withImports(distDir, `assets/${match[1]}`, seen);
  return seen;
}

/** Each language's first-screen messages chunk (with what it imports), by language. */
export function firstScreenMessages(distDir: string): Map<string, string[]> {
  const byLanguage = new Map<string, string[]>();
  for (const file of readdirSync(join(distDir, 'assets'))) {
    const match = /^messages-(.+)-first-[\w-]+\.js$/.exec(file);
    if (!match?.[1] || match[1] === 'en-XA') continue;
    byLanguage.set(match[1], [...withImports(distDir, `assets/${file}`)]);
  }
  return byLanguage;
}

export const sizeMeasure: Measure = {
  name: 'size',
  async run({ distDir }) {
    const rows: BenchRow[] = [];
    const first = firstScreenFiles(distDir);
    // The first screen also loads its words, in one language: weigh it with each, budget the largest.
    const perLanguage = [...firstScreenMessages(distDir)].map(([language, files]) => {
      const all = [...new Set([...first, ...files])];
      return {
        language,
        files,
        bytes: all.reduce((sum, f) => sum + gzipBytes(join(distDir, f)), 0),
      };
    });
    perLanguage.sort((a, b) => b.bytes - a.bytes);
    const largest = perLanguage[0] ?? { language: 'none', files: [], bytes: 0 };
    rows.push({
      group: 'Size',
      name: `First screen JS+CSS with the largest language, ${largest.language} (gzip)`,
      value: Math.round(largest.bytes / 102.4) / 10,
      unit: 'KB',
      budget: { max: 25 },
      method: `Sum of gzip -9 sizes of the scripts and styles index.html loads (${first.join(', ')}) and the first-screen messages of the language that makes it largest (${largest.files.join(', ')}); the budget is 25 KB, our aim 20 KB.`,
    });
    for (const { language, bytes } of perLanguage)
      rows.push({
        group: 'Size by language',
        name: `First screen in ${language} (gzip)`,
        value: Math.round(bytes / 102.4) / 10,
        unit: 'KB',
        method: "The first screen weighed as above, with this language's messages.",
      });
    const precached = precacheList(distDir);
    let precacheTotal = 0;
    for (const file of precached) {
      const bytes = gzipBytes(join(distDir, file));
      precacheTotal += bytes;
      rows.push({
        group: 'Precache files',
        name: file,
        value: Math.round(bytes / 102.4) / 10,
        unit: 'KB',
        method: 'gzip -9 size of one precached file.',
      });
    }
    rows.push({
      group: 'Size',
      name: `Everything precached, ${precached.length} files (gzip)`,
      value: Math.round(precacheTotal / 102.4) / 10,
      unit: 'KB',
      budget: { max: 350 },
      method:
        'Sum of gzip -9 sizes of every file in the service worker precache manifest of dist/sw.js.',
    });
    return rows;
  },
};
