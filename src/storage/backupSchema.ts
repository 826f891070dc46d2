import * as v from 'valibot';
import { withCounting } from '../engine/completionRecord';
import { LEGS, MAX_NOTE_LENGTH, MUSCLES } from '../engine/cramp';
import { RoutineSchema } from '../engine/routine';
import { DEFAULT_SETTINGS, isValidSetting, type Settings } from './settings';

export const BACKUP_FORMAT = 'nightstretch-backup';
/**
 * Version 2 added the person's own routines; version 3 says of each session whether it counted
 * and how long was held. Versions 1 and 2 are still read (their sessions get `withCounting`).
 */
export const BACKUP_VERSION = 3;
export const READABLE_VERSIONS = [1, 2, 3] as const;
/** More than anyone builds by hand. */
const MAX_ROUTINES = 200;
/** Ten years of nightly sessions and a thousand cramps take under 2 MB. */
export const MAX_BACKUP_BYTES = 10 * 1024 * 1024;
const MAX_RECORDS = 100_000;

const isRealNight = (key: string) => {
  const date = new Date(`${key}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(key);
};

const text = (max: number) =>
  v.pipe(v.string(), v.maxLength(max, `must be at most ${max} characters long`));
const id = v.pipe(text(200), v.minLength(1, 'must not be empty'));
const time = v.pipe(
  v.number(),
  v.integer('must be a whole number of milliseconds'),
  v.minValue(0, 'must not be before 1970'),
  v.maxValue(8_640_000_000_000_000, 'is beyond any real date'),
);
const utcOffsetMinutes = v.pipe(
  v.number(),
  v.integer('must be a whole number of minutes'),
  v.minValue(-720, 'must be between -720 and 840 minutes'),
  v.maxValue(840, 'must be between -720 and 840 minutes'),
);
const night = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written like 2026-03-05'),
  v.check(isRealNight, 'is not a real calendar date'),
);
const stepIds = v.pipe(
  v.array(text(100)),
  v.maxLength(200, 'lists more steps than any routine has'),
);

export const CompletionSchema = v.pipe(
  v.strictObject({
    id,
    routineId: v.pipe(text(100), v.minLength(1, 'must not be empty')),
    routineName: text(200),
    startedAt: time,
    completedAt: time,
    utcOffsetMinutes,
    night,
    stepsDone: stepIds,
    stepsSkipped: stepIds,
    durationMs: v.pipe(
      v.number(),
      v.integer('must be a whole number of milliseconds'),
      v.minValue(0, 'must not be negative'),
    ),
    counted: v.optional(v.boolean()),
    heldSeconds: v.optional(
      v.nullable(
        v.pipe(
          v.number(),
          v.integer('must be a whole number of seconds'),
          v.minValue(0, 'must not be negative'),
        ),
      ),
    ),
    // Recomputed from `counted` and `night` on import; accepted so an exported file reads back.
    countedNight: v.optional(night),
    mode: v.optional(v.literal('relief')),
  }),
  v.check((record) => record.completedAt >= record.startedAt, 'finishes before it starts'),
  v.transform(withCounting),
);

export const CrampSchema = v.strictObject({
  id,
  at: time,
  loggedAt: time,
  utcOffsetMinutes,
  night,
  leg: v.picklist(LEGS),
  muscle: v.picklist(MUSCLES),
  severity: v.pipe(
    v.number(),
    v.integer('must be a whole number from 1 to 5'),
    v.minValue(1, 'must be a whole number from 1 to 5'),
    v.maxValue(5, 'must be a whole number from 1 to 5'),
  ),
  note: text(MAX_NOTE_LENGTH),
});

/** Settings are checked like the app checks them; an unknown one (`__proto__` too) is refused. */
const SettingsSchema = v.pipe(
  v.custom<Record<string, unknown>>(
    (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
    'should be a group of fields',
  ),
  v.strictObject(
    Object.fromEntries(
      (Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]).map((key) => [
        key,
        v.optional(
          v.custom<unknown>(
            (value) => isValidSetting(key, value),
            'is not a value this setting takes',
          ),
        ),
      ]),
    ),
  ),
);

export const BackupSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  formatVersion: v.picklist(READABLE_VERSIONS),
  appVersion: text(50),
  exportedAt: v.pipe(
    v.string(),
    v.isoTimestamp('must be a date and time like 2026-03-05T22:10:00Z'),
  ),
  completions: v.pipe(
    v.array(CompletionSchema),
    v.maxLength(MAX_RECORDS, 'holds more sessions than any backup could'),
  ),
  cramps: v.pipe(
    v.array(CrampSchema),
    v.maxLength(MAX_RECORDS, 'holds more cramps than any backup could'),
  ),
  settings: v.optional(SettingsSchema),
  routines: v.optional(
    v.pipe(
      v.array(RoutineSchema),
      v.maxLength(MAX_ROUTINES, 'holds more routines than anyone could have made'),
    ),
  ),
});

export type Backup = v.InferOutput<typeof BackupSchema>;

/** `completions[3].durationMs`, the way a person can find it in the file. */
function pathOf(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    path += typeof key === 'number' ? `[${key}]` : `${path ? '.' : ''}${String(key)}`;
  }
  return path || 'the whole file';
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `the text "${value.slice(0, 40)}…"` : `the text "${value}"`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'a group of fields';
    default:
      return 'missing';
  }
}

const EXPECTED_WORDS: Record<string, string> = {
  number: 'a number',
  string: 'text',
  array: 'a list',
  strict_object: 'a group of fields',
  loose_object: 'a group of fields',
  object: 'a group of fields',
};

/** valibot's own messages ("Invalid length: Expected >=1 but received 0") in plain words. */
function plainRequirement(issue: v.BaseIssue<unknown>): string | null {
  if (!issue.message.startsWith('Invalid ')) return null;
  const limit = Number(issue.requirement);
  const unit = typeof issue.input === 'string' ? 'characters' : 'items';
  switch (issue.type) {
    case 'min_length':
      return limit === 1 ? 'must not be empty' : `must have at least ${limit} ${unit}`;
    case 'max_length':
      return `must have at most ${limit} ${unit}`;
    case 'min_value':
      return `must be at least ${limit}`;
    case 'max_value':
      return `must be at most ${limit}`;
    case 'integer':
      return 'must be a whole number';
    case 'regex':
      return 'is not written the way it should be';
    default:
      return 'is not a value this field takes';
  }
}

/** One sentence that names the field and what is wrong with it. */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  const field = `Field "${pathOf(issue)}"`;
  if (issue.kind === 'schema' && issue.received === 'undefined') return `${field} is missing.`;
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    return `${field} is not part of a Nightstretch backup.`;
  }
  if (issue.kind === 'schema' && issue.type !== 'custom') {
    const choices = (issue.expected ?? '').replace(/^\(|\)$/g, '').replaceAll(' | ', ', ');
    const expected = EXPECTED_WORDS[issue.type] ?? `one of ${choices}`;
    return `${field} should be ${expected} but is ${describeValue(issue.input)}.`;
  }
  const message = plainRequirement(issue) ?? issue.message;
  if (typeof issue.input === 'object' && issue.input !== null) {
    return Array.isArray(issue.input) && issue.input.length === 0
      ? `${field} ${message} (it is an empty list).`
      : `${field} ${message}.`;
  }
  return `${field} ${message} (it is ${describeValue(issue.input)}).`;
}
