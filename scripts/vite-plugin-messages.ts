// Compiles the ICU message catalogs into plain functions at build time, one small module per
// language and group, so the browser loads no message parser and only the active language.
//   virtual:messages/loaders          -> { [language]: { first: () => import(...), rest: ... } }
//   virtual:messages/<language>/<group>
// "first" holds the namespaces the first screen shows; "rest" every other one (loaded at idle).
// The pseudo-language en-XA wraps English (tests only).
import { join, resolve } from 'node:path';
import MessageFormat from '@messageformat/core';
import compileModule from '@messageformat/core/lib/compile-module.js';
import type { Plugin } from 'vite';
import { type Catalogs, catalogProblems, readCatalogs, SOURCE_LANGUAGE } from './messages.ts';

const PREFIX = 'virtual:messages/';
const PSEUDO = 'en-XA';

export interface MessagesOptions {
  dir: string;
  languages: readonly string[];
  firstScreen: readonly string[];
  /** Plain text (not ICU) for the first screen in each language, by namespace: the routines' names. */
  plainFirstScreen?: (language: string) => Record<string, Record<string, string>>;
}

function groupOf(namespace: string, firstScreen: readonly string[]): 'first' | 'rest' {
  return firstScreen.includes(namespace) ? 'first' : 'rest';
}

function compileGroup(
  catalogs: Catalogs,
  language: string,
  group: 'first' | 'rest',
  firstScreen: readonly string[],
): string {
  const flat: Record<string, string> = {};
  for (const [namespace, catalog] of Object.entries(catalogs[language] ?? {})) {
    if (groupOf(namespace, firstScreen) !== group) continue;
    for (const [key, message] of Object.entries(catalog)) flat[`${namespace}.${key}`] = message;
  }
  const formatter = new MessageFormat(language, { strict: false });
  try {
    return compileModule(formatter, flat);
  } catch (error) {
    // Name the file and key that will not compile.
    for (const [key, message] of Object.entries(flat)) {
      try {
        formatter.compile(message);
      } catch (cause) {
        const [namespace, ...rest] = key.split('.');
        throw new Error(
          `src/i18n/messages/${language}/${namespace}.json: "${rest.join('.')}" is not a valid message: ${(cause as Error).message}`,
        );
      }
    }
    throw error;
  }
}

export function messagesPlugin(options: MessagesOptions): Plugin {
  let root = process.cwd();
  const dir = () => resolve(root, options.dir);
  return {
    name: 'nightstretch-messages',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      const problems = catalogProblems(readCatalogs(dir()), options.languages);
      if (problems.length > 0)
        this.error(`The message catalogs disagree:\n  ${problems.join('\n  ')}`);
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const path = id.slice(PREFIX.length + 1);
      const catalogs = readCatalogs(dir());
      for (const language of Object.keys(catalogs))
        for (const namespace of Object.keys(catalogs[language] ?? {}))
          this.addWatchFile(join(dir(), language, `${namespace}.json`));
      if (path === 'loaders') {
        const entries = [...options.languages, PSEUDO].map(
          (language) =>
            `${JSON.stringify(language)}: { first: () => import(${JSON.stringify(`${PREFIX}${language}/first`)}), rest: () => import(${JSON.stringify(`${PREFIX}${language}/rest`)}) }`,
        );
        return `export const loaders = {\n  ${entries.join(',\n  ')}\n};\n`;
      }
      const [language = '', group] = [
        path.slice(0, path.lastIndexOf('/')),
        path.slice(path.lastIndexOf('/') + 1),
      ];
      if (group !== 'first' && group !== 'rest') return null;
      if (language === PSEUDO) {
        return [
          `import source from ${JSON.stringify(`${PREFIX}${SOURCE_LANGUAGE}/${group}`)};`,
          `import { pseudo } from ${JSON.stringify(resolve(root, 'src/i18n/pseudo.ts'))};`,
          'export default Object.fromEntries(Object.entries(source).map(([key, message]) => [key, (values) => pseudo(message(values))]));',
          // The runtime marks dates and routine words with it too, without carrying it for everyone.
          'export { pseudo };',
        ].join('\n');
      }
      if (!options.languages.includes(language)) return null;
      const compiled = compileGroup(catalogs, language, group, options.firstScreen);
      if (group !== 'first' || !options.plainFirstScreen) return compiled;
      const plain = Object.entries(options.plainFirstScreen(language)).flatMap(
        ([namespace, texts]) =>
          Object.entries(texts).map(
            ([key, text]) =>
              `  ${JSON.stringify(`${namespace}.${key}`)}: () => ${JSON.stringify(text)},`,
          ),
      );
      return compiled.replace(/export default \{\n/, `export default {\n${plain.join('\n')}\n`);
    },
  };
}
