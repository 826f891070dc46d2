import { signal } from '@preact/signals';
import { completionFrom } from '../engine/completion';
import { localUtcOffsetMinutes, nightKeyFor } from '../engine/night';
import type { SessionState } from '../engine/session';
import { type StreakSummary, summarizeStreak } from '../engine/streak';
import { systemClock } from '../platform/clock';
import { nightsDone, saveCompletion } from '../storage/completions';
import { logCue, logDroppedCue } from './cueLog';
import { database, reportStorageError } from './database';
import { PlayerController } from './player';
import { sessionRuntime } from './runtimeLoader';
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
  onCues(cues, state) {
    const playedAt = clock.now();
    for (const cue of cues) logCue(cue, playedAt);
    sessionRuntime()?.playCues(cues, state);
  },
  onDropped(cues) {
    for (const cue of cues) logDroppedCue(cue);
  },
  onChange(state, previous) {
    if (state.status === 'done' && previous?.status !== 'done') void recordCompletion(state);
    sessionRuntime()?.onSessionChange(state, previous);
  },
});
