import { signal } from '@preact/signals';
import { completionFrom } from '../engine/completion';
import { localUtcOffsetMinutes, nightKeyFor } from '../engine/night';
import type { SessionState } from '../engine/session';
import { type StreakSummary, summarizeStreak } from '../engine/streak';
import { systemClock } from '../platform/clock';
import { nightsDone, saveCompletion } from '../storage/completions';
import { logCue } from './cueLog';
import { database, reportStorageError } from './database';
import { PlayerController } from './player';
import { settings } from './settings';

export const clock = systemClock;

export const streak = signal<StreakSummary | null>(null);

export async function refreshStreak(): Promise<void> {
  try {
    const db = await database();
    const now = clock.now();
    const tonight = nightKeyFor(now, localUtcOffsetMinutes(now), settings.value.cutoffHour);
    streak.value = summarizeStreak(await nightsDone(db), tonight);
  } catch (error) {
    reportStorageError(error);
  }
}

async function recordCompletion(state: SessionState): Promise<void> {
  try {
    const endedAt = state.endedAt ?? clock.now();
    await saveCompletion(
      await database(),
      completionFrom(state, localUtcOffsetMinutes(endedAt), settings.value.cutoffHour),
    );
    await refreshStreak();
  } catch (error) {
    reportStorageError(error);
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
