// Reads every import under src/ and holds the layout's rules (README: "How the code is laid out").
// Prints each broken rule with the file and the import, writes reports/imports.json, exits 1 on any.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(process.argv[2] ?? '.');
const SRC = join(ROOT, 'src');
const MAX_LINES = 250;

const ENGINE = 'engine';
const ADAPTERS = ['storage', 'audio', 'platform', 'pwa'];
const FEATURES = ['session', 'home', 'history', 'diary', 'routines', 'settings', 'learn'];

// The small named files through which a feature may be reached by another; each folder's README
// names its own. No barrels: each is a real module already in the chunk that needs it.
const ENTRY_FILES = new Set([
  'session/start.ts', // start a routine; the loaded runtime (Home's resume card)
  'settings/settings.ts', // the person's settings, read by every feature
  'routines/routines.ts', // routine outlines and the person's own routines (first screen)
  'routines/fullRoutines.ts', // whole routines with instructions (the Player's lazy chunk)
  'history/history.ts', // the nights and cramps read back (the diary's doctor check)
  'history/history.css', // History and the cramp diary share its stylesheets (one CSS chunk)
  'history/overview.css',
  'history/records.css',
  'diary/DoctorCard.tsx', // History shows the diary's doctor card
]);

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

const sourceFiles = walk(SRC).filter((file) => /\.(ts|tsx)$/.test(file) && !file.endsWith('.d.ts'));
const isTest = (file) => /\.test\.tsx?$/.test(file) || file.includes('/fixtures/');

const IMPORT =
  /(import\s+type\s[^'"]*?from\s*|import\s[^'"]*?from\s*|export\s[^'"]*?from\s*|import\s*\(\s*|import\s*)(['"])([^'"]+)\2/g;
const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

function resolveImport(from, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Every relative import of a file: the specifier, what it resolves to, and whether only types cross. */
function importsOf(file) {
  const text = readFileSync(file, 'utf8');
  const found = [];
  for (const match of text.matchAll(IMPORT)) {
    const [, head, , specifier] = match;
    const target = resolveImport(file, specifier);
    if (!target) continue;
    const before = text.slice(Math.max(0, match.index - 7), match.index);
    const typeOnly = /^(import|export)\s+type\s/.test(head) || before.endsWith('typeof ');
    found.push({ specifier, target, typeOnly });
  }
  return found;
}

const rel = (file) => relative(SRC, file).split('\\').join('/');
const folderOf = (file) => (rel(file).includes('/') ? rel(file).split('/')[0] : '');
const edges = new Map(sourceFiles.map((file) => [file, importsOf(file)]));

const rules = {
  'engine imports nothing of the app': [],
  'adapters never import features, the shell or ui': [],
  'ui never imports features or the shell': [],
  'i18n imports nothing of the app but the engine': [],
  'features reach another feature only through its entry file': [],
  'no .tsx file imports storage/': [],
  'no import circles': [],
  [`no source file over ${MAX_LINES} lines`]: [],
};
const broken = (rule, file, specifier, why) =>
  rules[rule].push(`src/${rel(file)} imports '${specifier}'${why ? ` (${why})` : ''}`);

for (const [file, imports] of edges) {
  const from = folderOf(file);
  for (const { specifier, target } of imports) {
    if (!target.startsWith(SRC)) {
      if (from === ENGINE)
        broken('engine imports nothing of the app', file, specifier, 'outside src/');
      continue;
    }
    const to = folderOf(target);
    if (from === to) continue;
    const isApp = to === 'shell' || to === 'ui' || FEATURES.includes(to) || to === '';
    if (from === ENGINE && !isTest(file) && to !== ENGINE)
      broken('engine imports nothing of the app', file, specifier);
    if (ADAPTERS.includes(from) && isApp)
      broken('adapters never import features, the shell or ui', file, specifier);
    if (from === 'i18n' && to !== ENGINE)
      broken('i18n imports nothing of the app but the engine', file, specifier);
    if (from === 'ui' && (to === 'shell' || FEATURES.includes(to)))
      broken('ui never imports features or the shell', file, specifier);
    if (FEATURES.includes(from) && FEATURES.includes(to) && !ENTRY_FILES.has(rel(target)))
      broken(
        'features reach another feature only through its entry file',
        file,
        specifier,
        `src/${rel(target)} is inside ${to}/`,
      );
    if (file.endsWith('.tsx') && to === 'storage')
      broken(
        'no .tsx file imports storage/',
        file,
        specifier,
        "go through the feature's state module",
      );
  }
}

// Circles: every import that loads code (static or dynamic); type-only imports load nothing.
const WHITE = 0;
const GREY = 1;
const BLACK = 2;
const colour = new Map();
const stack = [];
const seen = new Set();
function visit(file) {
  colour.set(file, GREY);
  stack.push(file);
  for (const { specifier, target, typeOnly } of edges.get(file) ?? []) {
    if (typeOnly || !edges.has(target)) continue;
    const state = colour.get(target) ?? WHITE;
    if (state === GREY) {
      const loop = [...stack.slice(stack.indexOf(target)), target].map((f) => `src/${rel(f)}`);
      const key = [...loop].slice(0, -1).sort().join();
      if (!seen.has(key)) {
        seen.add(key);
        rules['no import circles'].push(
          `src/${rel(file)} imports '${specifier}', closing ${loop.join(' -> ')}`,
        );
      }
    } else if (state === WHITE) visit(target);
  }
  stack.pop();
  colour.set(file, BLACK);
}
for (const file of edges.keys()) if ((colour.get(file) ?? WHITE) === WHITE) visit(file);

for (const file of walk(SRC).filter((f) => /\.(ts|tsx|css)$/.test(f) && !isTest(f))) {
  const lines = readFileSync(file, 'utf8').split('\n').length - 1;
  if (lines > MAX_LINES)
    rules[`no source file over ${MAX_LINES} lines`].push(`src/${rel(file)} has ${lines} lines`);
}

let failed = 0;
for (const [rule, problems] of Object.entries(rules)) {
  if (problems.length === 0) continue;
  failed += 1;
  console.error(`✗ ${rule}:`);
  for (const problem of problems) console.error(`    ${problem}`);
}
const passed = Object.keys(rules).length - failed;
console.log(`import rules: ${passed} hold, ${failed} broken (${edges.size} files read)`);
mkdirSync(join(ROOT, 'reports'), { recursive: true });
writeFileSync(
  join(ROOT, 'reports/imports.json'),
  JSON.stringify({ passed, failed, rules }, null, 2),
);
process.exit(failed === 0 ? 0 : 1);
