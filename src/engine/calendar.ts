import { dayNumber, type NightKey, nightFromDayNumber, weekdayOf } from './night';

/** "2026-03": a calendar month. */
export type MonthKey = string;

const pad = (value: number) => String(value).padStart(2, '0');

export function monthOf(night: NightKey): MonthKey {
  return night.slice(0, 7);
}

export function addMonths(month: MonthKey, count: number): MonthKey {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + count;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/**
 * The month's nights in weeks from `firstWeekday` (1 Monday … 7 Sunday, as Intl numbers them);
 * days outside the month are null.
 */
export function monthGrid(month: MonthKey, firstWeekday = 1): (NightKey | null)[][] {
  const first = dayNumber(`${month}-01`);
  const next = dayNumber(`${addMonths(month, 1)}-01`);
  // weekdayOf counts from Monday (0); the columns start at the first weekday.
  const start = (((firstWeekday - 1) % 7) + 7) % 7;
  const leading = (weekdayOf(first) - start + 7) % 7;
  const cells: (NightKey | null)[] = Array.from({ length: leading }, () => null);
  for (let day = first; day < next; day++) cells.push(nightFromDayNumber(day));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (NightKey | null)[][] = [];
  for (let start = 0; start < cells.length; start += 7) weeks.push(cells.slice(start, start + 7));
  return weeks;
}

/** How many entries fall on each night. */
export function countByNight(records: Iterable<{ night: NightKey }>): Map<NightKey, number> {
  const counts = new Map<NightKey, number>();
  for (const record of records) counts.set(record.night, (counts.get(record.night) ?? 0) + 1);
  return counts;
}
