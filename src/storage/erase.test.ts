import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { twoStretches } from '../engine/testRoutines';
import { saveActiveSession } from './activeSession';
import { saveCompletion } from './completions';
import { saveCramp } from './cramps';
import { CUSTOM_ROUTINES_KEY } from './customRoutines';
import { openNightstretchDb } from './db';
import { dumpDatabase } from './dump';
import { eraseEverything } from './erase';
import { crampDiary, nightlyCompletions } from './sampleData';
import { saveSettingsFields } from './settings';

describe('erasing everything', () => {
  it('empties every store, says what it removed, and leaves a database that still works', async () => {
    const db = await openNightstretchDb({ name: 'erase' });
    for (const record of nightlyCompletions('2026-03-09', 5)) await saveCompletion(db, record);
    for (const record of crampDiary('2026-03-09', 2)) await saveCramp(db, record);
    await saveSettingsFields(db, { theme: 'red' });
    await db.put('keyval', [twoStretches], CUSTOM_ROUTINES_KEY);
    await db.put('keyval', 1, 'doctorCardDismissedAt');
    await saveActiveSession(db, { savedAt: 1 } as never);

    expect(await eraseEverything(db)).toEqual({
      completions: 5,
      cramps: 2,
      routines: 1,
      settings: true,
      unfinishedSession: true,
    });
    expect(await dumpDatabase(db)).toEqual({ completions: [], cramps: [], keyval: [] });
    await saveSettingsFields(db, { volume: 0.5 });
    expect(await eraseEverything(db)).toMatchObject({ completions: 0, settings: true });
  });
});
