// npm run lint:messages: every language has the same message keys as English, each with the same
// placeholders; prints each disagreement with its file and key, exits 1 on any.
import { LANGUAGES } from '../src/engine/languages.ts';
import { catalogProblems, readCatalogs } from './messages.ts';

const dir = process.argv[2] ?? 'src/i18n/messages';
const catalogs = readCatalogs(dir);
const problems = catalogProblems(catalogs, LANGUAGES);
const keys = Object.values(catalogs.en ?? {}).reduce((sum, c) => sum + Object.keys(c).length, 0);
for (const problem of problems) console.error(`✗ ${problem}`);
console.log(
  `messages: ${keys} in ${LANGUAGES.length} languages, ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`,
);
process.exit(problems.length === 0 ? 0 : 1);
