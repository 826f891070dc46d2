// Reads the message catalogs (src/i18n/messages/<language>/<namespace>.json) and checks them:
// every language has the same keys, and each message the same placeholders as English.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type Token } from '@messageformat/parser';

export type Catalog = Record<string, string>;
/** language -> namespace -> key -> ICU message */
export type Catalogs = Record<string, Record<string, Catalog>>;

export const SOURCE_LANGUAGE = 'en';

export function readCatalogs(dir: string): Catalogs {
  const catalogs: Catalogs = {};
  for (const language of readdirSync(dir).sort()) {
    const languageDir = join(dir, language);
    if (!statSync(languageDir).isDirectory()) continue;
    const namespaces: Record<string, Catalog> = {};
    for (const file of readdirSync(languageDir).sort()) {
      if (!file.endsWith('.json')) continue;
      const path = join(languageDir, file);
      let parsed: unknown;
      try {
        parsed = JSON.parse(readFileSync(path, 'utf8'));
      } catch (error) {
        throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
      }
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
        throw new Error(`${path}: must be an object of "key": "message"`);
      for (const [key, value] of Object.entries(parsed))
        if (typeof value !== 'string') throw new Error(`${path}: "${key}" must be a string`);
      namespaces[file.slice(0, -'.json'.length)] = parsed as Catalog;
    }
    catalogs[language] = namespaces;
  }
  if (!existsSync(join(dir, SOURCE_LANGUAGE))) throw new Error(`${dir}: no ${SOURCE_LANGUAGE}/`);
  return catalogs;
}

/** The placeholder names of an ICU message, sorted (plural "#" is not a name). */
export function placeholdersOf(message: string): string[] {
  const names = new Set<string>();
  const visit = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.type === 'argument' || token.type === 'function') names.add(token.arg);
      if (token.type === 'plural' || token.type === 'select' || token.type === 'selectordinal') {
        names.add(token.arg);
        for (const c of token.cases) visit(c.tokens);
      }
    }
  };
  visit(parse(message));
  return [...names].sort();
}

/** Every way the catalogs disagree with English, one plain line each; empty when they agree. */
export function catalogProblems(catalogs: Catalogs, languages: readonly string[]): string[] {
  const problems: string[] = [];
  const source = catalogs[SOURCE_LANGUAGE] ?? {};
  for (const language of languages) {
    const catalog = catalogs[language];
    if (!catalog) {
      problems.push(`${language}: no messages folder`);
      continue;
    }
    const namespaces = new Set([...Object.keys(source), ...Object.keys(catalog)]);
    for (const namespace of [...namespaces].sort()) {
      const english = source[namespace];
      const translated = catalog[namespace];
      const file = `${language}/${namespace}.json`;
      if (!english) {
        problems.push(`${file}: a namespace English does not have`);
        continue;
      }
      if (!translated) {
        problems.push(`${file}: missing`);
        continue;
      }
      for (const key of Object.keys(english))
        if (!(key in translated)) problems.push(`${file}: missing "${key}"`);
      for (const key of Object.keys(translated)) {
        if (!(key in english)) {
          problems.push(`${file}: "${key}" is not in English`);
          continue;
        }
        let theirs: string[];
        try {
          theirs = placeholdersOf(translated[key] ?? '');
        } catch (error) {
          problems.push(`${file}: "${key}" is not a valid message (${(error as Error).message})`);
          continue;
        }
        const ours = placeholdersOf(english[key] ?? '');
        if (theirs.join() !== ours.join())
          problems.push(
            `${file}: "${key}" has placeholders {${theirs.join(', ')}}, English has {${ours.join(', ')}}`,
          );
      }
    }
  }
  return problems;
}
