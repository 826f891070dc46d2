import { type CrampInput, crampFrom, type Leg, type Muscle } from '../engine/cramp';
import { localUtcOffsetMinutes } from '../engine/night';
import { settings } from '../settings/settings';
import { announceDataChanged } from '../shell/changes';
import { database, reportStorageError } from '../shell/database';
import { keepForLater } from '../shell/pendingWrites';
import { clock } from '../shell/services';
import { lastCramp, saveCramp } from '../storage/cramps';
import type { CrampRecord } from '../storage/db';
import { dismissDoctorCard } from '../storage/meta';

export type { CrampRecord };

export interface CrampDefaults {
  leg: Leg;
  muscle: Muscle;
  severity: number;
}

/** People tend to cramp in the same place: offer the last entry's leg and muscle. */
export async function crampDefaults(): Promise<CrampDefaults> {
  const fallback: CrampDefaults = { leg: 'left', muscle: 'calf', severity: 3 };
  try {
    const last = await lastCramp(await database());
    return last ? { leg: last.leg, muscle: last.muscle, severity: last.severity } : fallback;
  } catch {
    return fallback;
  }
}

/** Writes the entry; if storage fails it waits in localStorage and the error is rethrown. */
export async function logCramp(input: CrampInput): Promise<CrampRecord> {
  const loggedAt = clock.now();
  const record = crampFrom(
    input,
    loggedAt,
    localUtcOffsetMinutes(input.at),
    settings.value.cutoffHour,
    Math.random().toString(36).slice(2, 8),
  );
  try {
    await saveCramp(await database(), record);
  } catch (error) {
    keepForLater({ store: 'cramps', record });
    reportStorageError(error);
    throw error;
  }
  announceDataChanged();
  return record;
}

export async function dismissDoctorCardNow(): Promise<void> {
  await dismissDoctorCard(await database(), clock.now());
  announceDataChanged();
}
