import { signal } from '@preact/signals';
import { localUtcOffsetMinutes, nightKeyFor } from '../engine/night';
import { type StreakSummary, summarizeStreak } from '../engine/streak';
import { systemClock } from '../platform/clock';
import { settings } from '../settings/settings';
import { nightsDone } from '../storage/completions';
import { announceDataChanged, onDataChanged } from './changes';
import { database, reportStorageError } from './database';

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
