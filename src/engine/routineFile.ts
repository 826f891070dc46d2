import { LANGUAGES, type Language } from './languages';
import type { Localized, LocalizedRoutine } from './localized';
import { checkRoutine, type Routine } from './routine';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Where the file holds text, as [how to name it, its value]. */
function textFields(data: Record<string, unknown>): [string, unknown][] {
  const fields: [string, unknown][] = [];
  for (const key of ['name', 'summary']) if (key in data) fields.push([key, data[key]]);
  if (Array.isArray(data.steps)) {
    data.steps.forEach((step: unknown, index) => {
      if (!isRecord(step)) return;
      for (const key of ['name', 'instruction']) {
        if (key in step) fields.push([`steps[${index}].${key}`, step[key]]);
      }
    });
  }
  return fields;
}

const quoted = (tags: readonly string[]) => tags.map((tag) => `"${tag}"`).join(', ');

/** What is wrong with one text's languages, or null. */
function languageProblem(field: string, value: unknown): string | null {
  if (!isRecord(value)) {
    return `${field} must be written in every language, as { ${quoted(LANGUAGES)} }`;
  }
  const unknown = Object.keys(value).filter(
    (tag) => !(LANGUAGES as readonly string[]).includes(tag),
  );
  if (unknown.length > 0) {
    return `${field} has ${quoted(unknown)}, which is not one of the app's languages (${quoted(LANGUAGES)})`;
  }
  const missing = LANGUAGES.filter((tag) => !(tag in value));
  if (missing.length > 0) return `${field} has no ${quoted(missing)}`;
  return null;
}

/** The text fields in the schema's dotted form ("steps.2.name"), to say which language is wrong. */
const TEXT_PATH = /^(name|summary|steps\.\d+\.(name|instruction))$/;

/** The file's data with each text in one language, whatever else is wrong with it. */
function plainIn(data: unknown, language: Language): unknown {
  if (!isRecord(data)) return data;
  const choose = (text: unknown) => (isRecord(text) ? text[language] : text);
  const plain: Record<string, unknown> = { ...data };
  for (const key of ['name', 'summary']) if (key in data) plain[key] = choose(data[key]);
  if (Array.isArray(data.steps)) {
    plain.steps = data.steps.map((step: unknown) => {
      if (!isRecord(step)) return step;
      const plainStep: Record<string, unknown> = { ...step };
      for (const key of ['name', 'instruction'])
        if (key in step) plainStep[key] = choose(step[key]);
      return plainStep;
    });
  }
  return plain;
}

export type RoutineFileCheck =
  | { ok: true; routine: LocalizedRoutine }
  | { ok: false; message: string };

/**
 * Validates a routine file: every text in every language and nothing else, then the routine in
 * each language against the routine schema. The message names the field and the language.
 */
export function checkRoutineFile(data: unknown): RoutineFileCheck {
  if (isRecord(data)) {
    if ('language' in data) {
      return {
        ok: false,
        message: 'field "language": a routine file is written in every language, so it has none',
      };
    }
    for (const [field, value] of textFields(data)) {
      const problem = languageProblem(field, value);
      if (problem) return { ok: false, message: problem };
    }
  }
  const checked = new Map<Language, Routine>();
  for (const language of LANGUAGES) {
    const check = checkRoutine(plainIn(data, language));
    if (!check.ok) {
      const inLanguage = TEXT_PATH.test(check.field) ? ` in "${language}"` : '';
      return { ok: false, message: `field "${check.field}"${inLanguage}: ${check.message}` };
    }
    checked.set(language, check.routine);
  }
  const text = (read: (routine: Routine) => string): Localized =>
    Object.fromEntries(
      LANGUAGES.map((language) => [language, read(checked.get(language) as Routine)]),
    ) as Localized;
  const english = checked.get('en') as Routine;
  return {
    ok: true,
    routine: {
      ...english,
      name: text((routine) => routine.name),
      summary: text((routine) => routine.summary),
      steps: english.steps.map((step, index) => ({
        ...step,
        name: text((routine) => routine.steps[index]?.name ?? ''),
        instruction: text((routine) => routine.steps[index]?.instruction ?? ''),
      })),
    },
  };
}

/** Parses the text of one routine file; errors name the file, the field and the language. */
export function parseLocalizedRoutineFile(fileName: string, source: string): LocalizedRoutine {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    throw new Error(`${fileName}: not valid JSON (${(error as Error).message})`);
  }
  const check = checkRoutineFile(data);
  if (!check.ok) throw new Error(`${fileName}: ${check.message}`);
  const expectedId = fileName.replace(/^.*\//, '').replace(/\.json$/, '');
  if (check.routine.id !== expectedId) {
    throw new Error(`${fileName}: field "id": must match the file name ("${expectedId}")`);
  }
  return check.routine;
}
