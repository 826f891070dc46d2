import { readFileSync } from 'node:fs';

type Text = string | Record<string, string>;

/**
 * A bundled routine file in English, with plain words, as a routine a person made and saved in
 * English would be stored (the files hold every word in every language).
 */
export function englishRoutineFile(id: string): Record<string, unknown> {
  const file = JSON.parse(readFileSync(`routines/${id}.json`, 'utf8'));
  const english = (text: Text) => (typeof text === 'string' ? text : text.en);
  return {
    ...file,
    name: english(file.name),
    summary: english(file.summary),
    steps: file.steps.map((step: { name: Text; instruction: Text }) => ({
      ...step,
      name: english(step.name),
      instruction: english(step.instruction),
    })),
  };
}
