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

  it("clearing one session's save leaves another session's save alone", async () => {
    const db = await openNightstretchDb({ name: 'active-owner' });
    const timeline = buildTimeline(twoStretches);
    const older = progressOf(startSession(timeline, 1000).state, 2000);
    const newer = progressOf(startSession(timeline, 5000).state, 6000);
    if (!older || !newer) throw new Error('expected progress');
    await saveActiveSession(db, newer);
    await clearActiveSession(db, { routineId: older.timeline.routineId, startedAt: 1000 });
    expect(await loadActiveSession(db)).toEqual(newer);
    await clearActiveSession(db, { routineId: newer.timeline.routineId, startedAt: 5000 });
    expect(await loadActiveSession(db)).toBeNull();
  });
});
