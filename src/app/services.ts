import { signal } from '@preact/signals';
import { completionFrom } from '../engine/completion';
import { localUtcOffsetMinutes, nightKeyFor } from '../engine/night';
import type { SessionState } from '../engine/session';
import { type StreakSummary, summarizeStreak } from '../engine/streak';
import { systemClock } from '../platform/clock';
import { nightsDone, saveCompletion } from '../storage/completions';
import { type NightstretchDb, openNightstretchDb } from '../storage/db';
import { describeStorageError } from '../storage/errors';
import { logCue } from './cueLog';
import { PlayerController } from './player';

export const clock = systemClock;

/** A sentence for the person when storage fails; the app keeps working without it. */
export const storageProblem = signal<string | null>(null);
export const streak = signal<StreakSummary | null>(null);

let dbPromise: Promise<NightstretchDb> | null = null;

export function database(): Promise<NightstretchDb> {
  dbPromise ??= openNightstretchDb({
    onVersionChange: () => {
      storageProblem.value =
        'Nightstretch was updated in another tab. Reload this page to keep saving your nights.';
      dbPromise = null;
    },
  });
  return dbPromise;
}

export async function refreshStreak(): Promise<void> {
  try {
    const db = await database();
    const now = clock.now();
    streak.value = summarizeStreak(
      await nightsDone(db),
      nightKeyFor(now, localUtcOffsetMinutes(now)),
    );
  } catch (error) {
    dbPromise = null;
    storageProblem.value = describeStorageError(error);
  }
}

async function recordCompletion(state: SessionState): Promise<void> {
  try {
    const endedAt = state.endedAt ?? clock.now();
    await saveCompletion(await database(), completionFrom(state, localUtcOffsetMinutes(endedAt)));
    await refreshStreak();
  } catch (error) {
    dbPromise = null;
    storageProblem.value = describeStorageError(error);
  }
}

export const player = new PlayerController(clock, {
  onCues(cues) {
    const playedAt = clock.now();
    for (const cue of cues) logCue(cue, playedAt);
  },
  onChange(state, previous) {
    if (state.status === 'done' && previous?.status !== 'done') void recordCompletion(state);
  },
});
