import { type DoctorSummary, doctorSummary, summaryRange } from '../engine/doctorSummary';
import {
  beforeAndAfter,
  CHART_WEEKS,
  type Comparison,
  type CrampRates,
  crampHours,
  crampRates,
  nightDataFrom,
  type WeekColumn,
  weeklySeries,
} from '../engine/insights';
import { dayNumber, type NightKey, nightFromDayNumber, weekdayOf } from '../engine/night';
import { database } from '../shell/database';
import { loadFirstNight } from './history';

// History's "Is it helping?" and the doctor summary: read the nights they need by the night
// index, hand them to the engine. Ten years of nights stay on disk; only the weeks shown load.

export interface Insights {
  weeks: WeekColumn[];
  comparison: Comparison;
  rates: CrampRates;
  /** Cramps by local hour, index 0 is midnight. Every cramp logged. */
  hours: number[];
  cramps: number;
}

/** The first night of the chart's first week. */
function chartStart(tonight: NightKey): NightKey {
  const today = dayNumber(tonight);
  return nightFromDayNumber(today - weekdayOf(today) - (CHART_WEEKS - 1) * 7);
}

export async function loadInsights(
  tonight: NightKey,
  firstNight: NightKey | null,
): Promise<Insights> {
  const db = await database();
  const [completions, cramps] = await Promise.all([
    // Only sessions that counted are stretched nights (a partial one or cramp relief is not).
    db.getAllFromIndex(
      'completions',
      'countedNight',
      IDBKeyRange.bound(chartStart(tonight), tonight),
    ),
    db.getAll('cramps'),
  ]);
  const data = nightDataFrom(completions, cramps, firstNight);
  return {
    weeks: weeklySeries(data, tonight),
    comparison: beforeAndAfter(data, tonight),
    rates: crampRates(data, tonight),
    hours: crampHours(cramps),
    cramps: cramps.length,
  };
}

/**
 * The summary of the last `weeks` weeks, or of everything when `weeks` is null, with the notes'
 * warning words found in the person's language.
 */
export async function loadDoctorSummary(
  tonight: NightKey,
  weeks: number | null,
  warningWords: readonly string[],
): Promise<DoctorSummary> {
  const { from, to } = summaryRange(tonight, await loadFirstNight(), weeks);
  const db = await database();
  const range = IDBKeyRange.bound(from, to);
  const [completions, cramps] = await Promise.all([
    db.getAllFromIndex('completions', 'countedNight', range),
    db.getAllFromIndex('cramps', 'night', range),
  ]);
  return doctorSummary({ from, to, completions, cramps, warningWords });
}
