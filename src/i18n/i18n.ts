import { loaders } from 'virtual:messages/loaders';
import { signal } from '@preact/signals';
import {
  type AppLanguage,
  bestLanguage,
  isLanguage,
  PSEUDO_LANGUAGE,
  regionalTag,
} from '../engine/languages';
import type { MessageKey } from './keys';

export type { MessageKey } from './keys';
export type MessageValues = Record<string, string | number>;
type Compiled = Record<string, (values?: MessageValues) => string>;

/** Set once every screen's messages have loaded (not only the first screen's). */
export const everyMessageLoaded = signal(false);

/** The language every screen is in; reading it in a render re-renders on a change. */
export const language = signal<AppLanguage>('en');

// The first screen's messages load before the first render; the rest at idle, or before a
// screen that needs them. A change of language loads what was loaded before, then switches.
let first: Compiled = {};
let rest: Compiled = {};
let restWanted = false;
let switching: Promise<void> = Promise.resolve();
/** The pseudo-language's marker, loaded with its messages (tests only), so no one else carries it. */
let pseudo: ((text: string) => string) | null = null;

const STORAGE_KEY = 'nightstretch-language';

function phoneLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return ['en'];
  return navigator.languages?.length ? navigator.languages : [navigator.language ?? 'en'];
}

/** The saved choice (mirrored here so the first screen needs no database), else the phone's. */
export function startingLanguage(): AppLanguage {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage blocked: follow the phone.
  }
  return languageFor(saved);
}

/** The language for a setting: the chosen one, or the phone's best match (null). */
export function languageFor(chosen: string | null): AppLanguage {
  if (chosen && isLanguage(chosen)) return chosen;
  return bestLanguage(phoneLanguages());
}

/** Remembers the choice for the next start (null: follow the phone again). */
export function rememberLanguage(chosen: string | null): void {
  try {
    if (chosen) localStorage.setItem(STORAGE_KEY, chosen);
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage blocked: the setting in the database still holds it.
  }
}

function loaderFor(next: AppLanguage) {
  const loader = loaders[next] ?? loaders.en;
  if (!loader) throw new Error(`Nightstretch: no messages for ${next}`);
  return loader;
}

async function loadGroups(next: AppLanguage, withRest: boolean): Promise<[Compiled, Compiled]> {
  const loader = loaderFor(next);
  const [firstModule, restModule] = await Promise.all([
    loader.first(),
    withRest ? loader.rest() : Promise.resolve(null),
  ]);
  pseudo = firstModule.pseudo ?? null;
  return [firstModule.default, restModule?.default ?? {}];
}

/** Loads a language's messages, then switches every screen to it and sets <html lang>. */
export function useLanguage(next: AppLanguage): Promise<void> {
  // A failed load before (offline, a deploy) never blocks the next one.
  switching = switching
    .catch(() => {})
    .then(async () => {
      if (next === language.value && Object.keys(first).length > 0) return;
      const [nextFirst, nextRest] = await loadGroups(next, restWanted);
      first = nextFirst;
      if (restWanted) rest = nextRest;
      language.value = next;
      if (typeof document !== 'undefined') document.documentElement.lang = next;
    });
  return switching;
}

/** Every screen's messages in the current language (idempotent); screens await it before showing. */
export function loadAllMessages(): Promise<void> {
  if (!restWanted) {
    restWanted = true;
    switching = switching
      .catch(() => {})
      .then(async () => {
        try {
          rest = (await loaderFor(language.value).rest()).default;
          everyMessageLoaded.value = true;
        } catch (error) {
          restWanted = false; // the next screen tries again
          throw error;
        }
      });
  }
  return switching;
}

/** The message in the current language, with its placeholders filled. */
export function t(key: MessageKey, values?: MessageValues): string {
  void language.value; // subscribe the render to the language
  const message = first[key] ?? rest[key];
  if (!message) {
    console.error(`Nightstretch: no message "${key}" in ${language.value}`);
    return key;
  }
  return message(values);
}

/**
 * A message with some placeholders filled by elements (a number or a button's name in bold): the
 * sentence's pieces in order, so each language puts them where it says them.
 */
export function tParts<Part>(
  key: MessageKey,
  values: MessageValues,
  parts: Readonly<Record<string, Part>>,
): (string | Part)[] {
  const names = Object.keys(parts);
  // Private-use characters stand in for the parts while the sentence is made.
  const marks = names.map((_, index) => String.fromCharCode(0xe000 + index));
  const sentence = t(key, {
    ...values,
    ...Object.fromEntries(names.map((n, i) => [n, marks[i] ?? ''])),
  });
  return sentence
    .split(/([\uE000-\uE0FF])/)
    .filter((piece) => piece !== '')
    .map((piece) => {
      const name = names[marks.indexOf(piece)];
      return name === undefined ? piece : (parts[name] as Part);
    });
}

/** A bundled routine's name or summary in the current language (built from routines/*.json). */
export function routineWord(routineId: string, field: 'name' | 'summary'): string {
  void language.value;
  return first[`routine.${routineId}.${field}`]?.() ?? '';
}

/** A piece of text written in several languages (a routine's step): the current one, else English. */
export function pick(text: Readonly<Record<string, string>>): string {
  const current = language.value;
  if (current === PSEUDO_LANGUAGE && pseudo) return pseudo(text.en ?? '');
  return text[current] ?? text.en ?? '';
}

/** The tag to format dates and numbers with (the phone's region when it speaks the same language). */
export function formatTag(): string {
  return regionalTag(language.value, phoneLanguages());
}

/** Marks text made outside the string layer (a formatted date) in the pseudo-language. */
export function marked(text: string): string {
  return language.value === PSEUDO_LANGUAGE && pseudo ? pseudo(text) : text;
}
