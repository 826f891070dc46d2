import 'fake-indexeddb/auto';
import { openDB, unwrap } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { type LegacyCompletion, withCounting } from '../engine/completionRecord';
import { listCompletions, nightsDone } from './completions';
import { DB_VERSION, type NightstretchSchema, openNightstretchDb } from './db';
import { dumpDatabase } from './dump';
import { createFromFixture, loadFixtures, shapeOf, shapeOfFixture } from './fixtures/fixtures';
import { runUpgrades } from './migrations';
import { DEFAULT_SETTINGS, loadSettings } from './settings';

const fixtures = loadFixtures();
const latest = fixtures.at(-1);

describe('schema versions', () => {
  it('has a fixture for every version up to the current one', () => {
    expect(fixtures.map((fixture) => fixture.version)).toEqual(
      Array.from({ length: DB_VERSION }, (_, index) => index + 1),
    );
  });

  for (const fixture of fixtures) {
    it(`upgrade steps 1..${fixture.version} still build exactly the v${fixture.version} schema`, async () => {
      const db = await openDB<NightstretchSchema>(`steps-v${fixture.version}`, fixture.version, {
        upgrade: (database, oldVersion, newVersion, transaction) =>
          runUpgrades(database, transaction, oldVersion, newVersion ?? fixture.version),
      });
      expect(shapeOf(unwrap(db))).toEqual(shapeOfFixture(fixture));
      db.close();
    });
  }
});

describe('upgrading a database made at an earlier version', () => {
  for (const fixture of fixtures) {
    it(`keeps every record of a v${fixture.version} database`, async () => {
      const name = `from-v${fixture.version}`;
      await createFromFixture(name, fixture);
      const db = await openNightstretchDb({ name });
      expect(db.version).toBe(DB_VERSION);
      expect(shapeOf(unwrap(db))).toEqual(latest && shapeOfFixture(latest));

      const dump = await dumpDatabase(db);
      for (const [storeName, store] of Object.entries(fixture.stores)) {
        const kept = dump[storeName] ?? [];
        // Sessions gain what version 3 added and otherwise stay exactly as they were.
        const upgraded = (record: unknown) =>
          storeName === 'completions' ? withCounting(record as LegacyCompletion) : record;
        const expected = [
          ...(store.records ?? []).map((record) => [
            (record as { id: string }).id,
            upgraded(record),
          ]),
          ...(store.entries ?? []).map((entry) => [entry.key, entry.value]),
        ];
        expect(kept).toHaveLength(expected.length);
        expect(kept).toEqual(expect.arrayContaining(expected));
      }
      for (const storeName of Object.keys(dump)) {
        if (!(storeName in fixture.stores)) expect(dump[storeName]).toEqual([]);
      }
      db.close();
    });

    it(`reads a v${fixture.version} database through the app's own stores`, async () => {
      const name = `read-v${fixture.version}`;
      await createFromFixture(name, fixture);
      const db = await openNightstretchDb({ name });
      const completions = fixture.stores.completions?.records ?? [];
      expect(await listCompletions(db)).toHaveLength(completions.length);
      const counted = completions.map((record) => withCounting(record as LegacyCompletion));
      expect([...(await nightsDone(db))].sort()).toEqual(
        [...new Set(counted.filter((r) => r.counted).map((r) => r.night))].sort(),
      );
      expect(await db.count('cramps')).toBe(fixture.stores.cramps?.records?.length ?? 0);
      const storedSettings = fixture.stores.keyval?.entries?.find((e) => e.key === 'settings');
      // Every stored preference survives; preferences added since then take their defaults.
      expect(await loadSettings(db)).toEqual({
        ...DEFAULT_SETTINGS,
        ...(storedSettings?.value as object),
      });
      db.close();
    });
  }
});

describe('version 3: what counts as a night', () => {
  const v2 = fixtures.find((fixture) => fixture.version === 2);
  const v3 = fixtures.find((fixture) => fixture.version === 3);

  it('keeps old sessions counted, with hold time unknown, except cramp relief', async () => {
    if (!v2) throw new Error('no v2 fixture');
    const relief = {
      id: 'cramp-relief@1772852400000',
      routineId: 'cramp-relief',
      routineName: 'Cramp relief',
      startedAt: 1772852400000,
      completedAt: 1772852520000,
      utcOffsetMinutes: 60,
      night: '2026-03-06',
      stepsDone: ['straighten-leg'],
      stepsSkipped: [],
      durationMs: 120000,
    };
    const completions = v2.stores.completions;
    if (!completions) throw new Error('no completions in the v2 fixture');
    const withRelief = {
      ...v2,
      stores: {
        ...v2.stores,
        completions: { ...completions, records: [...(completions.records ?? []), relief] },
      },
    };
    await createFromFixture('v2-with-relief', withRelief);
    const db = await openNightstretchDb({ name: 'v2-with-relief' });
    const records = await listCompletions(db);
    const old = records.filter((record) => record.routineId !== 'cramp-relief');
    expect(old.length).toBeGreaterThan(0);
    for (const record of old) {
      expect(record).toMatchObject({
        counted: true,
        heldSeconds: null,
        countedNight: record.night,
      });
    }
    const reliefRecord = records.find((record) => record.routineId === 'cramp-relief');
    expect(reliefRecord).toMatchObject({ counted: false, heldSeconds: null, mode: 'relief' });
    expect(reliefRecord).not.toHaveProperty('countedNight');
    expect(await nightsDone(db)).not.toContain('2026-03-06');
    db.close();
  });

  it('leaves a night with only a partial session or cramp relief out of the streak', async () => {
    if (!v3) throw new Error('no v3 fixture');
    await createFromFixture('v3-partial', v3);
    const db = await openNightstretchDb({ name: 'v3-partial' });
    const nights = await nightsDone(db);
    expect(nights).not.toContain('2026-03-06');
    expect(nights).toContain('2026-03-07');
    const partial = (await listCompletions(db)).find(
      (r) => r.id === 'bedtime-stretch@1772830800000',
    );
    expect(partial).toMatchObject({ counted: false, heldSeconds: 30 });
    db.close();
  });
});

describe('two tabs and an upgrade', () => {
  it('tells an open tab to step aside when another tab upgrades, and does not block it', async () => {
    const onVersionChange = vi.fn();
    const old = await openNightstretchDb({ name: 'two-tabs', onVersionChange });
    const onBlocked = vi.fn();
    const newer = await openDB('two-tabs', DB_VERSION + 1, { blocked: onBlocked });
    expect(onVersionChange).toHaveBeenCalledOnce();
    expect(onBlocked).not.toHaveBeenCalled();
    newer.close();
    await expect(old.get('keyval', 'settings')).rejects.toThrow();
  });

  it('reports a blocked upgrade while an old tab holds on, then finishes once it lets go', async () => {
    const v1 = fixtures[0];
    if (!v1) throw new Error('no v1 fixture');
    await createFromFixture('blocked', v1);
    const stubborn = await openDB('blocked', 1);
    const onBlocked = vi.fn();
    const opening = openNightstretchDb({ name: 'blocked', onBlocked });
    await vi.waitFor(() => expect(onBlocked).toHaveBeenCalledOnce());
    stubborn.close();
    const db = await opening;
    expect(db.version).toBe(DB_VERSION);
    expect(await listCompletions(db)).toHaveLength(v1.stores.completions?.records?.length ?? 0);
    db.close();
  });
});
