import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { progressOf } from '../engine/progress';
import { startSession } from '../engine/session';
import { twoStretches } from '../engine/testRoutines';
import { buildTimeline } from '../engine/timeline';
import { clearActiveSession, loadActiveSession, saveActiveSession } from './activeSession';
import { openNightstretchDb } from './db';

describe('active session store', () => {
  it('round-trips the saved progress and forgets it when cleared', async () => {
    const db = await openNightstretchDb({ name: 'active-roundtrip' });
    expect(await loadActiveSession(db)).toBeNull();
    const progress = progressOf(startSession(buildTimeline(twoStretches), 1000).state, 2000);
    if (!progress) throw new Error('expected progress');
    await saveActiveSession(db, progress);
    expect(await loadActiveSession(db)).toEqual(progress);
    await clearActiveSession(db);
    expect(await loadActiveSession(db)).toBeNull();
  });

  it('ignores a damaged record', async () => {
    const db = await openNightstretchDb({ name: 'active-damaged' });
    await db.put('keyval', { version: 1, timeline: 'nope' }, 'activeSession');
    expect(await loadActiveSession(db)).toBeNull();
  });
});
