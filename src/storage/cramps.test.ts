import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { crampFrom } from '../engine/cramp';
import { lastCramp, saveCramp } from './cramps';
import { openNightstretchDb } from './db';
import {
  dismissDoctorCard,
  doctorCardDismissedAt,
  loadPersistRequest,
  savePersistRequest,
} from './meta';

const at = Date.UTC(2026, 2, 5, 2);

describe('cramp diary store', () => {
  it('saves entries, lists them oldest first and keeps one copy of an entry saved twice', async () => {
    const db = await openNightstretchDb({ name: 'cramps-basic' });
    const later = crampFrom(
      { at: at + 5_000, leg: 'right', muscle: 'foot', severity: 2, note: '' },
      at + 9_000,
      0,
    );
    const earlier = crampFrom(
      { at, leg: 'left', muscle: 'calf', severity: 4, note: 'ow' },
      at + 8_000,
      0,
    );
    await saveCramp(db, later);
    await saveCramp(db, earlier);
    await saveCramp(db, earlier);
    expect(await db.getAllFromIndex('cramps', 'at')).toEqual([earlier, later]);
    expect(await lastCramp(db)).toEqual(later);
  });

  it('has no last entry when the diary is empty', async () => {
    const db = await openNightstretchDb({ name: 'cramps-empty' });
    expect(await lastCramp(db)).toBeUndefined();
  });
});

describe('small facts beside the settings', () => {
  it('remembers when the doctor card was dismissed and what the browser said about keeping data', async () => {
    const db = await openNightstretchDb({ name: 'meta' });
    expect(await doctorCardDismissedAt(db)).toBeNull();
    expect(await loadPersistRequest(db)).toBeNull();
    await dismissDoctorCard(db, at);
    await savePersistRequest(db, { askedAt: at, granted: false });
    expect(await doctorCardDismissedAt(db)).toBe(at);
    expect(await loadPersistRequest(db)).toEqual({ askedAt: at, granted: false });
  });
});
