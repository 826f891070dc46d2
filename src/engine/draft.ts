import type { LibraryStretch, SideChoice } from './library';
import { checkRoutine, type Routine, type Step } from './routine';

/** A routine being put together in the editor. */
export interface Draft {
  name: string;
  steps: DraftStep[];
}

export interface DraftStep {
  /** The library stretch (its illustration key). */
  key: string;
  side: SideChoice;
  holdSeconds: number;
  repetitions: number;
}

/** What is wrong with a draft, as data: the editor words it in the person's language. */
export type DraftProblem =
  | { code: 'noName' }
  | { code: 'nameTooLong'; max: number }
  | { code: 'noSteps' }
  | { code: 'notInLibrary'; position: number }
  | { code: 'wrongSide'; name: string }
  | { code: 'holdRange'; name: string; min: number; max: number }
  | { code: 'repetitionsRange'; name: string; min: number; max: number }
  | { code: 'invalid'; field: string; message: string };

export type DraftCheck = { ok: true; routine: Routine } | { ok: false; problem: DraftProblem };

export const NAME_MAX = 40;
const HOLD_MIN = 5;
const HOLD_MAX = 300;
const REPETITIONS_MIN = 1;
const REPETITIONS_MAX = 10;

/** A new step for a library stretch, with its usual side and hold. */
export function draftStepFor(stretch: LibraryStretch): DraftStep {
  return {
    key: stretch.key,
    side: stretch.sides[0] ?? 'both',
    holdSeconds: stretch.holdSeconds,
    repetitions: stretch.repetitions,
  };
}

function stepsFor(draftStep: DraftStep, position: number, stretch: LibraryStretch): Step[] {
  const sides = draftStep.side === 'pair' ? (['left', 'right'] as const) : (['both'] as const);
  return sides.map((side) => ({
    id: `${position}-${stretch.key}-${side}`,
    name: stretch.name,
    instruction: stretch.instructions[side] ?? stretch.instructions.both ?? stretch.name,
    side,
    holdSeconds: draftStep.holdSeconds,
    repetitions: draftStep.repetitions,
    illustration: stretch.key,
  }));
}

/**
 * The routine a draft describes, checked by the same schema as the bundled routines.
 * `summary` is its one-line description in the person's language (the routine keeps it).
 * A problem names what to fix, as data.
 */
export function draftToRoutine(
  draft: Draft,
  library: readonly LibraryStretch[],
  id: string,
  summary: string,
): DraftCheck {
  const fail = (problem: DraftProblem): DraftCheck => ({ ok: false, problem });
  const name = draft.name.trim();
  if (!name) return fail({ code: 'noName' });
  if (name.length > NAME_MAX) return fail({ code: 'nameTooLong', max: NAME_MAX });
  if (draft.steps.length === 0) return fail({ code: 'noSteps' });
  const steps: Step[] = [];
  for (const [index, draftStep] of draft.steps.entries()) {
    const stretch = library.find((entry) => entry.key === draftStep.key);
    if (!stretch) return fail({ code: 'notInLibrary', position: index + 1 });
    if (!stretch.sides.includes(draftStep.side)) {
      return fail({ code: 'wrongSide', name: stretch.name });
    }
    const hold = draftStep.holdSeconds;
    if (!Number.isInteger(hold) || hold < HOLD_MIN || hold > HOLD_MAX) {
      return fail({ code: 'holdRange', name: stretch.name, min: HOLD_MIN, max: HOLD_MAX });
    }
    const reps = draftStep.repetitions;
    if (!Number.isInteger(reps) || reps < REPETITIONS_MIN || reps > REPETITIONS_MAX) {
      return fail({
        code: 'repetitionsRange',
        name: stretch.name,
        min: REPETITIONS_MIN,
        max: REPETITIONS_MAX,
      });
    }
    steps.push(...stepsFor(draftStep, index + 1, stretch));
  }
  const check = checkRoutine({ id, name, summary, steps });
  if (!check.ok) return fail({ code: 'invalid', field: check.field, message: check.message });
  return check;
}

/** The draft that rebuilds a saved routine, joining each left/right pair into one step. */
export function routineToDraft(routine: Routine): Draft {
  const steps: DraftStep[] = [];
  for (let index = 0; index < routine.steps.length; index++) {
    const step = routine.steps[index];
    if (!step) continue;
    const next = routine.steps[index + 1];
    const pair =
      step.side !== 'both' &&
      next !== undefined &&
      next.illustration === step.illustration &&
      next.side !== 'both' &&
      next.side !== step.side;
    steps.push({
      key: step.illustration,
      side: step.side === 'both' ? 'both' : 'pair',
      holdSeconds: step.holdSeconds,
      repetitions: step.repetitions,
    });
    if (pair) index++;
  }
  return { name: routine.name, steps };
}

/** A new routine id that no bundled routine uses. */
export function newCustomId(now: number): string {
  return `my-${now.toString(36)}`;
}
