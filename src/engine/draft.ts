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

export type DraftCheck = { ok: true; routine: Routine } | { ok: false; problem: string };

const NAME_MAX = 40;

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
 * A problem is one plain sentence naming what to fix.
 */
export function draftToRoutine(
  draft: Draft,
  library: readonly LibraryStretch[],
  id: string,
): DraftCheck {
  const name = draft.name.trim();
  if (!name) return { ok: false, problem: 'Give your routine a name.' };
  if (name.length > NAME_MAX) {
    return { ok: false, problem: `Keep the name to ${NAME_MAX} letters or fewer.` };
  }
  if (draft.steps.length === 0) return { ok: false, problem: 'Add at least one stretch.' };
  const steps: Step[] = [];
  for (const [index, draftStep] of draft.steps.entries()) {
    const stretch = library.find((entry) => entry.key === draftStep.key);
    if (!stretch) return { ok: false, problem: `Stretch ${index + 1} is not in the library.` };
    if (!stretch.sides.includes(draftStep.side)) {
      return { ok: false, problem: `${stretch.name} can't be done that way round.` };
    }
    const hold = draftStep.holdSeconds;
    if (!Number.isInteger(hold) || hold < 5 || hold > 300) {
      return { ok: false, problem: `Hold ${stretch.name} for 5 to 300 whole seconds.` };
    }
    const reps = draftStep.repetitions;
    if (!Number.isInteger(reps) || reps < 1 || reps > 10) {
      return { ok: false, problem: `Repeat ${stretch.name} 1 to 10 times.` };
    }
    steps.push(...stepsFor(draftStep, index + 1, stretch));
  }
  const count = draft.steps.length;
  const check = checkRoutine({
    id,
    name,
    summary: `Your own routine: ${count} ${count === 1 ? 'stretch' : 'stretches'}.`,
    steps,
  });
  if (!check.ok) return { ok: false, problem: `Field "${check.field}": ${check.message}` };
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
