import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createBackup, importBackup, MAX_BACKUP_BYTES, previewImport, readBackup } from './backup';
import { saveCompletion } from './completions';
import { saveCramp } from './cramps';
import { type NightstretchDb, openNightstretchDb } from './db';
import { dumpDatabase } from './dump';
import { crampDiary, nightlyCompletions } from './sampleData';
import { DEFAULT_SETTINGS, saveSettings } from './settings';

/** After every record the fuzzed file holds. */
const IMPORTED_AT = Date.UTC(2026, 5, 1);

type Json = Record<string, unknown>;
type Backup = Json & { completions: Json[]; cramps: Json[]; settings: Json };

/** A small seeded generator, so a failing case can be replayed from its number. */
function randomFrom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  return { next, int, pick };
}
type Random = ReturnType<typeof randomFrom>;

const COMPLETION_FIELDS = [
  'id',
  'routineId',
  'routineName',
  'startedAt',
  'completedAt',
  'utcOffsetMinutes',
  'night',
  'stepsDone',
  'stepsSkipped',
  'durationMs',
];
const CRAMP_FIELDS = [
  'id',
  'at',
  'loggedAt',
  'utcOffsetMinutes',
  'night',
  'leg',
  'muscle',
  'severity',
  'note',
];
const TOP_FIELDS = ['appVersion', 'exportedAt', 'completions', 'cramps'];

/** A value of a different JSON type than `value`. */
function otherType(random: Random, value: unknown): unknown {
  const candidates: unknown[] = [null, true, 42, -3.5, 'text', '', [], [1, 'a'], { a: 1 }];
  const differs = (candidate: unknown) =>
    typeof candidate !== typeof value ||
    Array.isArray(candidate) !== Array.isArray(value) ||
    (candidate === null) !== (value === null);
  return random.pick(candidates.filter(differs));
}

function pickRecord(random: Random, backup: Backup) {
  const kind = random.pick(['completions', 'cramps'] as const);
  const list = backup[kind];
  const index = random.int(list.length);
  const fields = kind === 'completions' ? COMPLETION_FIELDS : CRAMP_FIELDS;
  return { kind, index, record: list[index] as Json, fields, path: `${kind}[${index}]` };
}

interface Mutation {
  name: string;
  /** Returns the file text and a piece the refusal message must contain. */
  make(random: Random, backup: Backup, validText: string): { text: string; names: string };
}

const asText = (backup: Backup) => JSON.stringify(backup);

const MUTATIONS: Mutation[] = [
  {
    name: 'record field removed',
    make(random, backup) {
      const { record, fields, path } = pickRecord(random, backup);
      const field = random.pick(fields);
      delete record[field];
      return { text: asText(backup), names: `"${path}.${field}" is missing` };
    },
  },
  {
    name: 'record field of the wrong type',
    make(random, backup) {
      const { record, fields, path } = pickRecord(random, backup);
      const field = random.pick(fields);
      record[field] = otherType(random, record[field]);
      return { text: asText(backup), names: `"${path}.${field}"` };
    },
  },
  {
    name: 'number out of range',
    make(random, backup) {
      const { kind, record, path } = pickRecord(random, backup);
      const [field, values] =
        kind === 'cramps'
          ? random.pick([
              ['severity', [0, 6, 2.5, -1, 100]],
              ['at', [-1, 1.5, 1e300]],
              ['utcOffsetMinutes', [900, -800, 30.5]],
            ] as const)
          : random.pick([
              ['durationMs', [-1, 0.5, -60_000]],
              ['startedAt', [-5, 2.25]],
              ['utcOffsetMinutes', [841, -721, 60.1]],
            ] as const);
      record[field] = random.pick(values);
      return { text: asText(backup), names: `"${path}.${field}"` };
    },
  },
  {
    name: 'finishes before it starts',
    make(random, backup) {
      const index = random.int(backup.completions.length);
      const record = backup.completions[index] as Json;
      record.completedAt = (record.startedAt as number) - 1 - random.int(100_000);
      return { text: asText(backup), names: `"completions[${index}]" finishes before it starts` };
    },
  },
  {
    name: 'unknown choice',
    make(random, backup) {
      const index = random.int(backup.cramps.length);
      const field = random.pick(['leg', 'muscle']);
      (backup.cramps[index] as Json)[field] = random.pick(['middle', 'LEFT', 'toe', '', 'calf ']);
      return { text: asText(backup), names: `"cramps[${index}].${field}" should be one of` };
    },
  },
  {
    name: 'night that is not a date',
    make(random, backup) {
      const { record, path } = pickRecord(random, backup);
      record.night = random.pick([
        '2026-02-30',
        '2026-13-01',
        '26-3-5',
        '',
        'yesterday',
        '2026-3-5',
      ]);
      return { text: asText(backup), names: `"${path}.night"` };
    },
  },
  {
    name: 'unknown field',
    make(random, backup) {
      const name = random.pick(['colour', 'extra', 'Night', '__proto__x']);
      if (random.next() < 0.5) {
        backup[name] = 1;
        return { text: asText(backup), names: `"${name}" is not part of` };
      }
      const { record, path } = pickRecord(random, backup);
      record[name] = 'x';
      return { text: asText(backup), names: `"${path}.${name}" is not part of` };
    },
  },
  {
    name: 'top-level field removed or mistyped',
    make(random, backup) {
      const field = random.pick(TOP_FIELDS);
      if (random.next() < 0.5) delete backup[field];
      else backup[field] = otherType(random, backup[field]);
      return { text: asText(backup), names: `"${field}"` };
    },
  },
  {
    name: 'wrong format version',
    make(random, backup) {
      const version = random.pick([0, 4, 99, '1', 1.5, null, -1, true, [1]]);
      backup.formatVersion = version;
      return {
        text: asText(backup),
        names:
          typeof version === 'number' && Number.isInteger(version) && version > 3
            ? 'newer'
            : 'format version',
      };
    },
  },
  {
    name: 'not a Nightstretch file',
    make(random, backup) {
      if (random.next() < 0.3) delete backup.format;
      else
        backup.format = random.pick(['nightstretch', 'NIGHTSTRETCH-BACKUP', 1, null, 'other-app']);
      return { text: asText(backup), names: 'field "format"' };
    },
  },
  {
    name: 'not JSON',
    make(random, _backup, validText) {
      const text = random.pick([
        validText.slice(0, 1 + random.int(validText.length - 2)),
        '',
        'undefined',
        "{'single': 'quotes'}",
        `${validText},`,
        String.fromCharCode(...Array.from({ length: 40 }, () => random.int(256))),
      ]);
      return { text, names: 'not JSON' };
    },
  },
  {
    name: 'JSON but not an object',
    make(random) {
      return {
        text: random.pick(['[]', '42', 'null', '"backup"', 'true', '[{}]']),
        names: 'not a Nightstretch backup',
      };
    },
  },
  {
    name: 'record repeated with changes',
    make(random, backup) {
      const { kind, record } = pickRecord(random, backup);
      backup[kind].push({ ...record, id: record.id });
      return { text: asText(backup), names: 'repeats' };
    },
  },
  {
    name: 'bad setting',
    make(random, backup) {
      if (random.next() < 0.3) {
        backup.settings = otherType(random, backup.settings) as Json;
        return { text: asText(backup), names: '"settings"' };
      }
      const [field, value] = random.pick([
        ['volume', 3],
        ['volume', 'loud'],
        ['theme', 'neon'],
        ['cutoffHour', 13],
        ['holdSeconds', 5],
        ['sound', 'yes'],
      ] as const);
      backup.settings[field] = value;
      return { text: asText(backup), names: `"settings.${field}"` };
    },
  },
  {
    name: 'step list holding a non-text item',
    make(random, backup) {
      const index = random.int(backup.completions.length);
      const record = backup.completions[index] as Json;
      const field = random.pick(['stepsDone', 'stepsSkipped']);
      record[field] = [...(record[field] as unknown[]), random.pick([1, null, {}, []])];
      return { text: asText(backup), names: `"completions[${index}].${field}[` };
    },
  },
  {
    name: 'note far too long',
    make(random, backup) {
      const index = random.int(backup.cramps.length);
      (backup.cramps[index] as Json).note = 'a'.repeat(1001 + random.int(5000));
      return { text: asText(backup), names: `"cramps[${index}].note" must be at most` };
    },
  },
  {
    name: 'export time that is not a time',
    make(random, backup) {
      backup.exportedAt = random.pick(['yesterday', '2026-03-10', 'Tue Mar 10 2026']);
      return { text: asText(backup), names: '"exportedAt"' };
    },
  },
  {
    name: 'huge file',
    make(random, _backup, validText) {
      return { text: hugeText(validText, random), names: 'far bigger' };
    },
  },
];

let huge: string | null = null;
/** One oversized file, reused: whitespace is valid JSON, so only the size check can refuse it. */
function hugeText(validText: string, random: Random): string {
  huge ??= validText + ' '.repeat(MAX_BACKUP_BYTES);
  return random.next() < 0.5 ? huge : `${huge} `;
}

const CASES = 600;

async function seeded(): Promise<NightstretchDb> {
  const db = await openNightstretchDb({ name: 'fuzz' });
  for (const record of nightlyCompletions('2026-03-01', 8)) await saveCompletion(db, record);
  for (const record of crampDiary('2026-03-01', 5)) await saveCramp(db, record);
  await saveSettings(db, { ...DEFAULT_SETTINGS, volume: 0.4 });
  return db;
}

describe(`import refuses ${CASES} generated malformed backups`, () => {
  it('refuses each with a message naming the problem and leaves the database exactly as it was', async () => {
    const db = await seeded();
    const source = await createBackup(db, '0.1.0', Date.UTC(2026, 2, 2));
    // New records too, so a wrongly accepted file would visibly change the database.
    source.completions.push(...nightlyCompletions('2026-04-01', 3));
    source.cramps.push(...crampDiary('2026-04-01', 2));
    const validText = JSON.stringify(source);
    expect(readBackup(validText, IMPORTED_AT).ok).toBe(true);
    const before = await dumpDatabase(db);
    const used = new Map<string, number>();

    for (let index = 0; index < CASES; index++) {
      const random = randomFrom(index + 1);
      const mutation = MUTATIONS[index % MUTATIONS.length] ?? MUTATIONS[0];
      if (!mutation) throw new Error('no mutations');
      const backup = JSON.parse(validText) as Backup;
      const { text, names } = mutation.make(random, backup, validText);
      used.set(mutation.name, (used.get(mutation.name) ?? 0) + 1);

      // The same path the Backup screen takes: read and check, preview, then merge.
      const result = readBackup(text, IMPORTED_AT);
      if (result.ok) {
        await previewImport(db, result.backup);
        await importBackup(db, result.backup);
      }
      const context = `case ${index} (${mutation.name})`;
      expect(result.ok, context).toBe(false);
      if (!result.ok) {
        expect(result.message, context).toContain(names);
        expect(result.message.length, context).toBeLessThan(400);
      }
      expect(await dumpDatabase(db), context).toEqual(before);
    }
    expect(await dumpDatabase(db)).toEqual(before);
    expect([...used.keys()]).toHaveLength(MUTATIONS.length);
  }, 30_000); // 600 imports into fake-indexeddb: seconds on a busy 2-core machine
});
