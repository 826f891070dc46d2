import { readFileSync } from 'node:fs';
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

export const sizeMeasure: Measure = {
  name: 'size',
  async run({ distDir }) {
    const rows: BenchRow[] = [];
    const first = firstScreenFiles(distDir);
    const firstTotal = first.reduce((sum, file) => sum + gzipBytes(join(distDir, file)), 0);
    rows.push({
      group: 'Size',
      name: 'First screen JS+CSS (gzip)',
      value: Math.round(firstTotal / 102.4) / 10,
      unit: 'KB',
      budget: { max: 25 },
      method: `Sum of gzip -9 sizes of the scripts and styles index.html loads (${first.join(', ')}); the budget is 25 KB, our aim 20 KB.`,
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
