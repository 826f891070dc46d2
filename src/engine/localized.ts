import type { Language } from './languages';
import type { Routine, RoutineOutline, Step } from './routine';

/** A piece of routine text written in every language the app speaks. */
export type Localized = Readonly<Record<Language, string>>;

export interface LocalizedStep extends Omit<Step, 'name' | 'instruction'> {
  name: Localized;
  instruction: Localized;
}
/** A routine as its file holds it: every word in every language. */
export interface LocalizedRoutine extends Omit<Routine, 'name' | 'summary' | 'steps' | 'language'> {
  name: Localized;
  summary: Localized;
  steps: LocalizedStep[];
}
export type LocalizedStepOutline = Omit<LocalizedStep, 'instruction' | 'name'>;
export interface LocalizedRoutineOutline extends Omit<LocalizedRoutine, 'steps'> {
  steps: LocalizedStepOutline[];
}

/** The routine with each text replaced by the one `choose` takes from its languages. */
export function inOneLanguage(
  routine: LocalizedRoutine,
  choose: (text: Localized) => string,
): Routine;
export function inOneLanguage(
  routine: LocalizedRoutineOutline,
  choose: (text: Localized) => string,
): RoutineOutline;
export function inOneLanguage(
  routine: Omit<LocalizedRoutineOutline, 'steps'> & {
    steps: (LocalizedStepOutline & { name?: Localized; instruction?: Localized })[];
  },
  choose: (text: Localized) => string,
): RoutineOutline {
  return {
    ...routine,
    name: choose(routine.name),
    summary: choose(routine.summary),
    steps: routine.steps.map(({ name, instruction, ...step }) => ({
      ...step,
      ...(name ? { name: choose(name) } : {}),
      ...(instruction ? { instruction: choose(instruction) } : {}),
    })),
  };
}
