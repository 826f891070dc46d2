import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { twoStretches } from '../engine/testRoutines';
import {
  type Backup,
  createBackup,
  importBackup,
  MAX_BACKUP_BYTES,
  previewImport,
  readBackup,
} from './backup';
import { nightsDone, saveCompletion } from './completions';
import { saveCramp } from './cramps';
import { CUSTOM_ROUTINES_KEY } from './customRoutines';
import { type NightstretchDb, openNightstretchDb } from './db';
import { dumpDatabase } from './dump';
import { crampDiary, nightlyCompletions } from './sampleData';
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from './settings';

const NOW = Date.UTC(2026, 2, 10, 21);

async function seeded(name: string): Promise<NightstretchDb> {
  const db = await openNightstretchDb({ name });
  for (const record of nightlyCompletions('2026-03-09', 12)) await saveCompletion(db, record);
  for (const record of crampDiary('2026-03-09', 4)) await saveCramp(db, record);
  await saveSettings(db, { ...DEFAULT_SETTINGS, volume: 0.25, theme: 'red' });
  await db.put('keyval', [myRoutine], CUSTOM_ROUTINES_KEY);
  return db;
}

const myRoutine = { ...twoStretches, id: 'my-evening', name: 'My evening' };

function accepted(text: string): Backup {
  const result = readBackup(text, NOW);
  if (!result.ok) throw new Error(result.message);
  return result.backup;
}

describe('backup round trip', () => {
  it('exports everything in one versioned file and restores it on an empty device', async () => {
    const source = await seeded('backup-source');
    const backup = await createBackup(source, '1.2.3', NOW);
    expect(backup).toMatchObject({
      format: 'nightstretch-backup',
      formatVersion: 3,
      appVersion: '1.2.3',
      exportedAt: '2026-03-10T21:00:00.000Z',
    });
    expect(backup.completions).toHaveLength(12);
    expect(backup.cramps).toHaveLength(4);
    expect(backup.routines).toEqual([myRoutine]);

    const target = await openNightstretchDb({ name: 'backup-target' });
    const parsed = accepted(JSON.stringify(backup));
    expect(await previewImport(target, parsed)).toEqual({
      inFile: { completions: 12, cramps: 4, routines: 1, settings: true },
      toAdd: { completions: 12, cramps: 4, routines: 1, settings: true },
      conflicts: { completions: 0, cramps: 0, routines: 0 },
    });
    expect(await importBackup(target, parsed)).toEqual({
      completions: 12,
      cramps: 4,
      routines: 1,
      settings: true,
    });
    const restored = await dumpDatabase(target);
    const original = await dumpDatabase(source);
    expect(restored.completions).toEqual(original.completions);
    expect(restored.cramps).toEqual(original.cramps);
    expect(await loadSettings(target)).toEqual(await loadSettings(source));
    expect(await target.get('keyval', CUSTOM_ROUTINES_KEY)).toEqual([myRoutine]);
  });

  it('keeps a partial session partial, and reads older files as counted', async () => {
    const db = await openNightstretchDb({ name: 'backup-partial' });
    const partial = {
      ...nightlyCompletions('2026-03-09', 1)[0],
      id: 'bedtime-stretch@partial',
      counted: false,
      heldSeconds: 30,
      countedNight: '2026-03-09', // a hand-edited file cannot make a partial night count
    };
    const older = { ...nightlyCompletions('2026-03-08', 1)[0], id: 'bedtime-stretch@older' };
    const { counted: _c, heldSeconds: _h, countedNight: _n, ...oldShape } = older;
    const v3 = accepted(
      JSON.stringify({ ...(await createBackup(db, '1', NOW)), completions: [partial] }),
    );
    const v2 = accepted(
      JSON.stringify({
        ...(await createBackup(db, '1', NOW)),
        formatVersion: 2,
        completions: [oldShape],
      }),
    );
    await importBackup(db, v3);
    await importBackup(db, v2);
    const stored = await db.getAll('completions');
    expect(stored.find((r) => r.id === 'bedtime-stretch@partial')).toMatchObject({
      counted: false,
      heldSeconds: 30,
    });
    expect(stored.find((r) => r.id === 'bedtime-stretch@partial')).not.toHaveProperty(
      'countedNight',
    );
    expect(stored.find((r) => r.id === 'bedtime-stretch@older')).toMatchObject({
      counted: true,
      heldSeconds: null,
    });
    expect([...(await nightsDone(db))]).toEqual(['2026-03-08']);
  });

  it('adds nothing when the same file is imported twice', async () => {
    const db = await seeded('backup-twice');
    const parsed = accepted(JSON.stringify(await createBackup(db, '1', NOW)));
    const before = await dumpDatabase(db);
    const nothing = { completions: 0, cramps: 0, routines: 0, settings: false };
    expect((await previewImport(db, parsed)).toAdd).toEqual(nothing);
    expect(await importBackup(db, parsed)).toEqual(nothing);
    expect(await importBackup(db, parsed)).toEqual(nothing);
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('merges: adds only the missing records and leaves the ones already here exactly as they are', async () => {
    const db = await openNightstretchDb({ name: 'backup-merge' });
    const mine = nightlyCompletions('2026-03-09', 3);
    const edited = { ...mine[0], routineName: 'Renamed here' } as (typeof mine)[0];
    await saveCompletion(db, edited);
    await saveSettings(db, { ...DEFAULT_SETTINGS, volume: 0.9 });
    const backup: Backup = {
      format: 'nightstretch-backup',
      formatVersion: 1,
      appVersion: '1',
      exportedAt: new Date(NOW).toISOString(),
      completions: mine,
      cramps: crampDiary('2026-03-09', 2),
      settings: { ...DEFAULT_SETTINGS, volume: 0.1 },
    };
    const parsed = accepted(JSON.stringify(backup));
    expect(await importBackup(db, parsed)).toEqual({
      completions: 2,
      cramps: 2,
      routines: 0,
      settings: false,
    });
    expect(await db.get('completions', edited.id)).toEqual(edited);
    expect((await loadSettings(db)).volume).toBe(0.9);
  });

  it("adds the person's own routines beside the ones here, keeping a same-id routine as it is here", async () => {
    const db = await openNightstretchDb({ name: 'backup-routines' });
    const mineHere = { ...myRoutine, name: 'Edited here' };
    // An entry this version cannot read is kept too: a newer app may have written it.
    const unreadable = { id: 'my-future', steps: 'written by a newer app' };
    await db.put('keyval', [mineHere, unreadable], CUSTOM_ROUTINES_KEY);
    const another = { ...twoStretches, id: 'my-morning', name: 'My morning' };
    const backup = accepted(
      JSON.stringify({
        format: 'nightstretch-backup',
        formatVersion: 2,
        appVersion: '1',
        exportedAt: new Date(NOW).toISOString(),
        completions: [],
        cramps: [],
        routines: [myRoutine, another],
      }),
    );
    expect((await previewImport(db, backup)).toAdd.routines).toBe(1);
    expect((await importBackup(db, backup)).routines).toBe(1);
    expect(await db.get('keyval', CUSTOM_ROUTINES_KEY)).toEqual([mineHere, unreadable, another]);
    expect((await importBackup(db, backup)).routines).toBe(0);
  });

  it('writes nothing at all when one record fails on the way in', async () => {
    const db = await seeded('backup-atomic');
    const before = await dumpDatabase(db);
    const records = nightlyCompletions('2026-04-30', 5);
    const broken = { ...records[3], id: { not: 'a key' } } as unknown as (typeof records)[0];
    const backup: Backup = {
      format: 'nightstretch-backup',
      formatVersion: 1,
      appVersion: '1',
      exportedAt: new Date(NOW).toISOString(),
      completions: [...records.slice(0, 3), broken],
      cramps: [],
    };
    await expect(importBackup(db, backup)).rejects.toThrow();
    expect(await dumpDatabase(db)).toEqual(before);
  });
});

describe('refusing a bad file', () => {
  const valid = JSON.stringify({
    format: 'nightstretch-backup',
    formatVersion: 1,
    appVersion: '0.1.0',
    exportedAt: '2026-03-10T21:00:00.000Z',
    completions: nightlyCompletions('2026-03-09', 2),
    cramps: crampDiary('2026-03-09', 2),
  });
  const refusal = (text: string) => {
    const result = readBackup(text, NOW);
    return result.ok ? 'accepted' : result.message;
  };
  const edit = (
    change: (
      data: Record<string, unknown> & {
        completions: Record<string, unknown>[];
        cramps: Record<string, unknown>[];
      },
    ) => void,
  ) => {
    const data = JSON.parse(valid);
    change(data);
    return JSON.stringify(data);
  };

  it('accepts the valid file, with or without a byte-order mark', () => {
    expect(refusal(valid)).toBe('accepted');
    expect(refusal(`\uFEFF${valid}`)).toBe('accepted');
  });

  it("names the broken field of one of the person's own routines", () => {
    const broken = {
      ...twoStretches,
      steps: twoStretches.steps.map((step, index) =>
        index === 0 ? { ...step, holdSeconds: 'long' } : step,
      ),
    };
    const message = refusal(
      edit((d) => {
        d.formatVersion = 2;
        d.routines = [broken];
      }),
    );
    expect(message).toMatch(/"routines\[0\]\.steps\[0\]\.holdSeconds"/);
    expect(
      refusal(
        edit((d) => {
          d.formatVersion = 2;
          d.routines = [twoStretches, twoStretches];
        }),
      ),
    ).toMatch(/"routines\[1\]\.id" repeats/);
  });

  it('says when it is not JSON at all', () => {
    expect(refusal('Dear diary')).toMatch(/not JSON/);
    expect(refusal(valid.slice(0, -20))).toMatch(/not JSON/);
    expect(refusal('[1, 2]')).toMatch(/not a Nightstretch backup/);
  });

  it('names a wrong or newer format version', () => {
    expect(
      refusal(
        edit((d) => {
          d.formatVersion = 4;
        }),
      ),
    ).toMatch(/newer Nightstretch \(backup format 4/);
    expect(
      refusal(
        edit((d) => {
          d.formatVersion = '1';
        }),
      ),
    ).toMatch(/format version "1"/);
    expect(
      refusal(
        edit((d) => {
          delete d.formatVersion;
        }),
      ),
    ).toMatch(/no "formatVersion"/);
    expect(
      refusal(
        edit((d) => {
          d.format = 'other-app';
        }),
      ),
    ).toMatch(/field "format"/);
  });

  it('names a missing or mistyped field', () => {
    expect(
      refusal(
        edit((d) => {
          delete d.completions[1]?.night;
        }),
      ),
    ).toBe('This backup is damaged. Field "completions[1].night" is missing.');
    expect(
      refusal(
        edit((d) => {
          (d.cramps[0] ?? {}).severity = 'bad';
        }),
      ),
    ).toBe(
      'This backup is damaged. Field "cramps[0].severity" should be a number but is the text "bad".',
    );
    expect(
      refusal(
        edit((d) => {
          (d.cramps[1] ?? {}).severity = 7;
        }),
      ),
    ).toBe(
      'This backup is damaged. Field "cramps[1].severity" must be a whole number from 1 to 5 (it is the number 7).',
    );
    expect(
      refusal(
        edit((d) => {
          (d.cramps[1] ?? {}).leg = 'middle';
        }),
      ),
    ).toBe(
      'This backup is damaged. Field "cramps[1].leg" should be one of "left", "right", "both" but is the text "middle".',
    );
    expect(
      refusal(
        edit((d) => {
          (d.completions[0] ?? {}).colour = 'blue';
        }),
      ),
    ).toBe(
      'This backup is damaged. Field "completions[0].colour" is not part of a Nightstretch backup.',
    );
    expect(
      refusal(
        edit((d) => {
          (d.completions[0] ?? {}).night = '2026-02-30';
        }),
      ),
    ).toMatch(/"completions\[0\].night" is not a real calendar date/);
    expect(
      refusal(
        edit((d) => {
          d.settings = { volume: 3 };
        }),
      ),
    ).toMatch(/"settings.volume" is not a value/);
  });

  it('refuses a record that appears twice', () => {
    expect(
      refusal(
        edit((d) => {
          d.cramps.push({ ...d.cramps[0], note: 'changed' });
        }),
      ),
    ).toMatch(/"cramps\[2\].id" repeats/);
  });

  it('refuses a huge file before parsing it', () => {
    expect(refusal(valid + ' '.repeat(MAX_BACKUP_BYTES))).toMatch(
      /far bigger than a Nightstretch backup/,
    );
  });
});
