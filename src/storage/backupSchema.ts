import * as v from 'valibot';
import { withCounting } from '../engine/completionRecord';
import { LEGS, MAX_NOTE_LENGTH, MUSCLES } from '../engine/cramp';
import { RoutineSchema } from '../engine/routine';
import { type MessageKey, t } from '../i18n/i18n';
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

const text = (max: number) => v.pipe(v.string(), v.maxLength(max, 'data.mustBeShorter'));
const id = v.pipe(text(200), v.minLength(1, 'data.mustNotBeEmpty'));
const time = v.pipe(
  v.number(),
  v.integer('data.wholeMilliseconds'),
  v.minValue(0, 'data.notBefore1970'),
  v.maxValue(8_640_000_000_000_000, 'data.beyondAnyDate'),
);
const utcOffsetMinutes = v.pipe(
  v.number(),
  v.integer('data.wholeMinutes'),
  v.minValue(-720, 'data.offsetRange'),
  v.maxValue(840, 'data.offsetRange'),
);
const night = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'data.dateLike'),
  v.check(isRealNight, 'data.notRealDate'),
);
const stepIds = v.pipe(v.array(text(100)), v.maxLength(200, 'data.tooManySteps'));

export const CompletionSchema = v.pipe(
  v.strictObject({
    id,
    routineId: v.pipe(text(100), v.minLength(1, 'data.mustNotBeEmpty')),
    routineName: text(200),
    startedAt: time,
    completedAt: time,
    utcOffsetMinutes,
    night,
    stepsDone: stepIds,
    stepsSkipped: stepIds,
    durationMs: v.pipe(
      v.number(),
      v.integer('data.wholeMilliseconds'),
      v.minValue(0, 'data.mustNotBeNegative'),
    ),
    counted: v.optional(v.boolean()),
    heldSeconds: v.optional(
      v.nullable(
        v.pipe(v.number(), v.integer('data.wholeSeconds'), v.minValue(0, 'data.mustNotBeNegative')),
      ),
    ),
    // Recomputed from `counted` and `night` on import; accepted so an exported file reads back.
    countedNight: v.optional(night),
    mode: v.optional(v.literal('relief')),
  }),
  v.check((record) => record.completedAt >= record.startedAt, 'data.finishesBeforeStart'),
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
    v.integer('data.severityRange'),
    v.minValue(1, 'data.severityRange'),
    v.maxValue(5, 'data.severityRange'),
  ),
  note: text(MAX_NOTE_LENGTH),
});

/** Settings are checked like the app checks them; an unknown one (`__proto__` too) is refused. */
const SettingsSchema = v.pipe(
  v.custom<Record<string, unknown>>(
    (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
    'data.groupOfFields',
  ),
  v.strictObject(
    Object.fromEntries(
      (Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]).map((key) => [
        key,
        v.optional(
          v.custom<unknown>((value) => isValidSetting(key, value), 'data.notSettingValue'),
        ),
      ]),
    ),
  ),
);

export const BackupSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  formatVersion: v.picklist(READABLE_VERSIONS),
  appVersion: text(50),
  exportedAt: v.pipe(v.string(), v.isoTimestamp('data.dateTimeLike')),
  completions: v.pipe(v.array(CompletionSchema), v.maxLength(MAX_RECORDS, 'data.tooManySessions')),
  cramps: v.pipe(v.array(CrampSchema), v.maxLength(MAX_RECORDS, 'data.tooManyCramps')),
  settings: v.optional(SettingsSchema),
  routines: v.optional(
    v.pipe(v.array(RoutineSchema), v.maxLength(MAX_ROUTINES, 'data.tooManyRoutines')),
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
  return path || t('data.wholeFile');
}

/** The value found, as the `kind` and `value` of the messages that name it. */
function describeValue(value: unknown): { kind: string; value: string } {
  if (value === null) return { kind: 'other', value: 'null' };
  if (Array.isArray(value)) return { kind: 'list', value: '' };
  switch (typeof value) {
    case 'string':
      return { kind: 'text', value: value.length > 40 ? `${value.slice(0, 40)}…` : value };
    case 'number':
      return { kind: 'number', value: String(value) };
    case 'boolean':
      return { kind: 'other', value: String(value) };
    case 'object':
      return { kind: 'group', value: '' };
    default:
      return { kind: 'missing', value: '' };
  }
}

const EXPECTED_KINDS: Record<string, string> = {
  number: 'number',
  string: 'string',
  array: 'array',
  strict_object: 'object',
  loose_object: 'object',
  object: 'object',
};

/** The schema's own messages are message keys (data.*); the requirement fills their numbers. */
function isOwnMessage(message: string): message is MessageKey {
  return message.startsWith('data.');
}

/** valibot's own messages ("Invalid length: Expected >=1 but received 0") in plain words. */
function plainRequirement(issue: v.BaseIssue<unknown>): string {
  if (isOwnMessage(issue.message)) return t(issue.message, { max: Number(issue.requirement) });
  // Another module's schema (a routine's) words its own messages.
  if (!issue.message.startsWith('Invalid ')) return issue.message;
  const limit = Number(issue.requirement);
  const characters = typeof issue.input === 'string';
  switch (issue.type) {
    case 'min_length':
      if (limit === 1) return t('data.mustNotBeEmpty');
      return t(characters ? 'data.atLeastCharacters' : 'data.atLeastItems', { limit });
    case 'max_length':
      return t(characters ? 'data.atMostCharacters' : 'data.atMostItems', { limit });
    case 'min_value':
      return t('data.atLeast', { limit });
    case 'max_value':
      return t('data.atMost', { limit });
    case 'integer':
      return t('data.wholeNumber');
    case 'regex':
      return t('data.notWritten');
    default:
      return t('data.notFieldValue');
  }
}

/** One sentence that names the field and what is wrong with it. */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  const field = pathOf(issue);
  if (issue.kind === 'schema' && issue.received === 'undefined') {
    return t('data.fieldMissing', { field });
  }
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    return t('data.fieldUnknown', { field });
  }
  if (issue.kind === 'schema' && issue.type !== 'custom') {
    const choices = (issue.expected ?? '').replace(/^\(|\)$/g, '').replaceAll(' | ', ', ');
    const expected = EXPECTED_KINDS[issue.type] ?? 'other';
    return t('data.fieldWrongType', { field, expected, choices, ...describeValue(issue.input) });
  }
  const problem = plainRequirement(issue);
  if (typeof issue.input === 'object' && issue.input !== null) {
    return Array.isArray(issue.input) && issue.input.length === 0
      ? t('data.fieldProblemEmptyList', { field, problem })
      : t('data.fieldProblem', { field, problem });
  }
  return t('data.fieldProblemValue', { field, problem, ...describeValue(issue.input) });
}
