import { signal } from '@preact/signals';
import { completionFrom } from '../engine/completion';
import { localUtcOffsetMinutes, nightKeyFor } from '../engine/night';
import type { SessionState } from '../engine/session';
import { type StreakSummary, summarizeStreak } from '../engine/streak';
import { systemClock } from '../platform/clock';
import { nightsDone, saveCompletion } from '../storage/completions';
import { announceDataChanged, onDataChanged } from './changes';
import { logCue, logDroppedCue } from './cueLog';
import { database, reportStorageError } from './database';
import { PlayerController } from './player';
import { sessionRuntime } from './runtimeLoader';
import { settings } from './settings';

export const clock = systemClock;

export const streak = signal<StreakSummary | null>(null);

/** The night that "tonight" means right now, with the person's cutoff hour. */
export function tonight(): string {
  const now = clock.now();
  return nightKeyFor(now, localUtcOffsetMinutes(now), settings.value.cutoffHour);
}

let pendingChecked = false;

export async function refreshStreak(): Promise<void> {
  try {
    const db = await database();
    if (!pendingChecked) {
      pendingChecked = true;
      // Writes that failed last time (kept in localStorage) land now; loaded only here.
      void import('./pendingWrites')
        .then(({ writePending }) => writePending(db))
        .then((wrote) => wrote && announceDataChanged())
        .catch(reportStorageError);
    }
    streak.value = summarizeStreak(await nightsDone(db), tonight());
  } catch (error) {
    reportStorageError(error);
  }
}

onDataChanged(() => void refreshStreak());

async function recordCompletion(state: SessionState): Promise<void> {
  const endedAt = state.endedAt ?? clock.now();
  const record = completionFrom(state, localUtcOffsetMinutes(endedAt), settings.value.cutoffHour);
  try {
    await saveCompletion(await database(), record);
  } catch (error) {
    void import('./pendingWrites').then(({ keepForLater }) =>
      keepForLater({ store: 'completions', record }),
    );
    reportStorageError(error);
    return;
  }
  announceDataChanged();
  // Once there is something worth keeping, ask the browser not to clear it under pressure.
  void import('./durability')
    .then(({ askForPersistenceOnce }) => askForPersistenceOnce(clock.now()))
    .catch(() => {});
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
