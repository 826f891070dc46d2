import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { lastCompletion, saveCompletion } from './completions';
import { openNightstretchDb } from './db';
import { nightlyCompletions } from './sampleData';

describe('lastCompletion', () => {
  it('finds the newest record the test accepts, passing over newer ones it refuses', async () => {
    const db = await openNightstretchDb({ name: 'completions-last' });
    const [older, newer, newest] = nightlyCompletions('2026-03-05', 3);
    if (!older || !newer || !newest) throw new Error('expected three sample sessions');
    const relief = { ...newest, routineId: 'cramp-relief', mode: 'relief' as const };
    for (const record of [newer, relief, older]) await saveCompletion(db, record);

    expect((await lastCompletion(db, () => true))?.id).toBe(relief.id);
    expect((await lastCompletion(db, (record) => record.mode !== 'relief'))?.id).toBe(newer.id);
    expect(await lastCompletion(db, () => false)).toBeUndefined();
  });

  it('finds nothing in an empty store', async () => {
    const db = await openNightstretchDb({ name: 'completions-empty' });
    expect(await lastCompletion(db, () => true)).toBeUndefined();
  });
});
