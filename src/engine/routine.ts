import * as v from 'valibot';
import { LANGUAGES } from './languages';
import { MODES } from './routineMode';

export type { RoutineMode } from './routineMode';

/** Which leg a step works. `both` means both legs at once (or either, for cramp relief). */
export const SIDES = ['left', 'right', 'both'] as const;
export type Side = (typeof SIDES)[number];

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));

export const StepSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(idPattern, 'use lower-case words joined by dashes')),
  name: text(60),
  instruction: text(280),
  side: v.picklist(SIDES),
  holdSeconds: v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(300)),
  repetitions: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10)),
  illustration: v.pipe(v.string(), v.regex(idPattern, 'use lower-case words joined by dashes')),
});

export const RoutineSchema = v.pipe(
  v.strictObject({
    id: v.pipe(v.string(), v.regex(idPattern, 'use lower-case words joined by dashes')),
    name: text(40),
    summary: text(160),
    order: v.optional(v.pipe(v.number(), v.integer())),
    mode: v.optional(v.picklist(MODES)),
    steps: v.pipe(v.array(StepSchema), v.minLength(1), v.maxLength(40)),
    /** The language its words are written in (a person's own routine); absent: the app's. */
    language: v.optional(v.picklist(LANGUAGES)),
  }),
  v.check(
    (routine) => new Set(routine.steps.map((step) => step.id)).size === routine.steps.length,
    'step ids must be unique within a routine',
  ),
  v.check(
    (routine) =>
      routine.mode !== 'relief' ||
      routine.steps.every((step) => step.repetitions === 1 && step.side === 'both'),
    'a relief routine has one hold per step ("repetitions": 1) for the cramping leg ("side": "both")',
  ),
);

export type Step = v.InferOutput<typeof StepSchema>;
export type Routine = v.InferOutput<typeof RoutineSchema>;

/** A routine without its steps' words: enough to list it, time it and start it. */
export type StepOutline = Omit<Step, 'instruction' | 'name'>;
export interface RoutineOutline extends Omit<Routine, 'steps'> {
  steps: StepOutline[];
}

export type RoutineCheck =
  | { ok: true; routine: Routine }
  | { ok: false; field: string; message: string };

/** Validates untrusted routine data and names the first field that is wrong. */
export function checkRoutine(data: unknown): RoutineCheck {
  const result = v.safeParse(RoutineSchema, data);
  if (result.success) return { ok: true, routine: result.output };
  const issue = result.issues[0];
  const field = issue ? v.getDotPath(issue) : null;
  return {
    ok: false,
    field: field ?? '(routine)',
    message: issue?.message ?? 'invalid routine',
  };
}
