import { formatTag, marked, t } from '../i18n/i18n';
import type { Choice } from '../ui/fields';
import { formatter } from '../ui/format';

// The Settings screen's choices, worded at render time so a change of language re-words them.

export const seconds = (value: number) => ({
  value,
  label: t('settings.seconds', { count: value }),
});
export const routineOwn = () => t('settings.asTheRoutineSays');

export const holdChoices = (): Choice<number | null>[] => [
  { value: null, label: routineOwn() },
  ...[15, 20, 25, 30, 35, 40, 45, 50, 55, 60].map(seconds),
];
export const repetitionChoices = (): Choice<number | null>[] => [
  { value: null, label: routineOwn() },
  ...[1, 2, 3].map((value) => ({ value, label: t('settings.times', { count: value }) })),
];
export const READY_SECONDS = [3, 5, 8, 10, 15, 20, 30];
export const restChoices = (): Choice<number>[] => [
  { value: 0, label: t('settings.noRest') },
  ...[3, 5, 10, 15, 20, 30].map(seconds),
];
export const rateChoices = (): Choice<number>[] => [
  { value: 0.6, label: t('settings.rateVerySlow') },
  { value: 0.75, label: t('settings.rateSlow') },
  { value: 0.9, label: t('settings.rateCalm') },
  { value: 1, label: t('settings.rateNormal') },
  { value: 1.2, label: t('settings.rateBrisk') },
];
// The hour as the language writes it ("4 AM", "04 Uhr", "04 h"); midnight by name.
export const hourName = (hour: number) =>
  hour === 0
    ? t('settings.midnight')
    : formatter({ hour: 'numeric' }).format(Date.UTC(2024, 0, 1, hour));
export const cutoffChoices = () =>
  Array.from({ length: 12 }, (_, hour) => ({ value: hour, label: hourName(hour) }));
/** A number as the language writes it (a decimal comma in German), for a message placeholder. */
export const formatNumber = (value: number, options?: Intl.NumberFormatOptions) =>
  new Intl.NumberFormat(formatTag(), options).format(value);
/** A number shown on its own (marked in the pseudo-language like every other word). */
export const numberText = (value: number, options?: Intl.NumberFormatOptions) =>
  marked(formatNumber(value, options));

/** Keeps a value the list doesn't offer (say, from a restored backup) selectable. */
export function withCurrent<T>(choices: Choice<T>[], current: Choice<T>): Choice<T>[] {
  return choices.some((choice) => choice.value === current.value) ? choices : [...choices, current];
}

/** A select key for each language's name in a sentence ("no German voice"). */
export const voiceLanguageKey = (tag: string) =>
  tag === 'pt-BR' ? 'ptBR' : tag === 'en-XA' ? 'en' : tag;
