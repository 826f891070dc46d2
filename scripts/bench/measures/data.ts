import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { localUtcOffsetMinutes, nightKeyFor } from '../../../src/engine/night';
import { summarizeStreak } from '../../../src/engine/streak';
import { crampDiary, nightlyCompletions } from '../../../src/storage/sampleData';
import type { BenchRow, Measure } from '../types';

const NIGHTS = 3652; // ten years
const CRAMPS = 1000;
// Data ends tonight, so the calendar opens on a full month and the streak is ten years long.
const LAST_NIGHT = nightKeyFor(Date.now(), localUtcOffsetMinutes(Date.now()));
const RUNS = 5;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Median time of one streak summary over ten years of nights, after a warm-up. */
function streakMs(nights: string[]): number {
  for (let warm = 0; warm < 20; warm++) summarizeStreak(nights, LAST_NIGHT);
  const times: number[] = [];
  for (let run = 0; run < 101; run++) {
    const start = performance.now();
    summarizeStreak(nights, LAST_NIGHT);
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Writes the records straight into the app's database (it must have been opened once). */
async function seed(page: Page, completions: unknown[], cramps: unknown[]): Promise<void> {
  await page.evaluate(
    async ({ completions, cramps }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('nightstretch');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const transaction = db.transaction(['completions', 'cramps'], 'readwrite');
      for (const record of completions) transaction.objectStore('completions').put(record);
      for (const record of cramps) transaction.objectStore('cramps').put(record);
      await new Promise((resolve, reject) => {
        transaction.oncomplete = resolve;
        transaction.onerror = () => reject(transaction.error);
      });
      db.close();
    },
    { completions, cramps },
  );
}

/**
 * Milliseconds from leaving Home to the History screen's first render with its data (calendar,
 * streak, recent lists), to its totals over every record, and to "Is it helping?" with its charts.
 */
async function historyRenderMs(page: Page, baseUrl: string): Promise<[number, number, number]> {
  await page.goto(baseUrl);
  await page.getByRole('region', { name: 'Streak' }).getByText('in a row').waitFor();
  await page.evaluate(() => {
    performance.clearMarks();
    performance.mark('bench:history-start');
    location.hash = '#/history';
  });
  await page.waitForFunction(
    () =>
      performance.getEntriesByName('nightstretch:history-complete').length > 0 &&
      performance.getEntriesByName('nightstretch:history-insights').length > 0,
  );
  // No named functions inside evaluate: tsx would wrap them in a helper the page lacks.
  return page.evaluate(() =>
    [
      'nightstretch:history-rendered',
      'nightstretch:history-complete',
      'nightstretch:history-insights',
    ].map(
      (name) =>
        (performance.getEntriesByName(name)[0]?.startTime ?? 0) -
        (performance.getEntriesByName('bench:history-start')[0]?.startTime ?? 0),
    ),
  ) as Promise<[number, number, number]>;
}

/**
 * Milliseconds from leaving History to the doctor summary of the last 12 weeks, and from
 * choosing "Everything" to the summary of all ten years and every cramp.
 */
async function summaryRenderMs(page: Page, baseUrl: string): Promise<[number, number]> {
  await page.goto(`${baseUrl}#/history`);
  await page.getByRole('heading', { name: 'Is it helping?' }).waitFor();
  await page.evaluate(() => {
    performance.clearMarks();
    performance.mark('bench:summary-start');
    location.hash = '#/history/summary';
  });
  await page.waitForFunction(
    () => performance.getEntriesByName('nightstretch:summary-rendered').length > 0,
  );
  const opened = await page.evaluate(
    () =>
      (performance.getEntriesByName('nightstretch:summary-rendered')[0]?.startTime ?? 0) -
      (performance.getEntriesByName('bench:summary-start')[0]?.startTime ?? 0),
  );
  await page.evaluate(() => {
    performance.clearMarks();
    performance.mark('bench:summary-start');
    const select = document.querySelector('select');
    if (!select) throw new Error('no period choice on the summary');
    select.value = 'null';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await page.waitForFunction(
    () => performance.getEntriesByName('nightstretch:summary-rendered').length > 0,
  );
  const everything = await page.evaluate(
    () =>
      (performance.getEntriesByName('nightstretch:summary-rendered')[0]?.startTime ?? 0) -
      (performance.getEntriesByName('bench:summary-start')[0]?.startTime ?? 0),
  );
  return [opened, everything];
}

const lastMeasure = (page: Page, name: string) =>
  page.evaluate(
    (name) => performance.getEntriesByName(`nightstretch:${name}`).at(-1)?.duration ?? Number.NaN,
    name,
  );

export const dataMeasure: Measure = {
  name: 'data',
  async run({ baseUrl, newContext, log }) {
    const completions = nightlyCompletions(LAST_NIGHT, NIGHTS);
    const cramps = crampDiary(LAST_NIGHT, CRAMPS);
    const rows: BenchRow[] = [];
    const group = 'History and backup (ten years nightly, 1000 cramps)';

    rows.push({
      group,
      name: 'Streak summary of ten years of nights',
      value: round(streakMs(completions.map((record) => record.night)), 2),
      unit: 'ms',
      budget: { max: 5 },
      method: `Median of 101 calls of summarizeStreak over ${NIGHTS} night keys in Node after 20 warm-up calls.`,
    });

    const context = await newContext();
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.getByRole('region', { name: 'Streak' }).waitFor();
    await seed(page, completions, cramps);
    log(`seeded ${NIGHTS} completions and ${CRAMPS} cramps`);

    const renders: number[] = [];
    const completes: number[] = [];
    const charts: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const [rendered, complete, withCharts] = await historyRenderMs(page, baseUrl);
      renders.push(rendered);
      completes.push(complete);
      charts.push(withCharts);
    }
    log(`history renders: ${renders.map((ms) => round(ms)).join(', ')} ms`);
    log(`history with totals: ${completes.map((ms) => round(ms)).join(', ')} ms`);
    log(`history with charts: ${charts.map((ms) => round(ms)).join(', ')} ms`);
    const summaries: number[] = [];
    const everything: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const [opened, all] = await summaryRenderMs(page, baseUrl);
      summaries.push(opened);
      everything.push(all);
    }
    log(`doctor summary: ${summaries.map((ms) => round(ms)).join(', ')} ms`);
    log(`doctor summary, everything: ${everything.map((ms) => round(ms)).join(', ')} ms`);
    await page.goto(`${baseUrl}#/history`);
    rows.push(
      {
        group,
        name: 'History screen render',
        value: round(median(renders), 0),
        unit: 'ms',
        budget: { max: 500 },
        method: `Median of ${RUNS} page loads in Chromium: from setting #/history on Home to the first render with calendar, streak and recent lists read from IndexedDB (lazy chunk load included).`,
      },
      {
        group,
        name: 'History screen with totals',
        value: round(median(completes), 0),
        unit: 'ms',
        budget: { max: 1500 },
        method:
          'Same loads, until the total of minutes over every session (read in the background) is shown.',
      },
      {
        group,
        name: 'History screen with the "Is it helping?" charts',
        value: round(median(charts), 0),
        unit: 'ms',
        budget: { max: 500 },
        method:
          'Same loads, until the weekly chart, the sentences and the hours chart have rendered (12 weeks of nights by the night index, every cramp for the hours).',
      },
      {
        group,
        name: 'Doctor summary, last 12 weeks',
        value: round(median(summaries), 0),
        unit: 'ms',
        budget: { max: 1000 },
        method: `Median of ${RUNS} opens in Chromium: from setting #/history/summary on History to the summary rendered (lazy chunk load included).`,
      },
      {
        group,
        name: 'Doctor summary, everything (ten years, 1000 cramps)',
        value: round(median(everything), 0),
        unit: 'ms',
        budget: { max: 1000 },
        method:
          'Same opens, from choosing the period "Everything" to the summary rendered: every cramp, and ten years of nights month by month.',
      },
    );

    const exports: number[] = [];
    const folder = mkdtempSync(join(tmpdir(), 'nightstretch-bench-'));
    const backupPath = join(folder, 'backup.json');
    for (let run = 0; run < 3; run++) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Save a backup file' }).click(),
      ]);
      await download.saveAs(backupPath);
      exports.push(await lastMeasure(page, 'export'));
    }
    await context.close();
    rows.push({
      group,
      name: 'Export backup (1.3 MB file)',
      value: round(median(exports), 0),
      unit: 'ms',
      budget: { max: 1500 },
      method:
        'Median of 3 taps on "Save a backup file" in Chromium: read all stores in one transaction, JSON.stringify, hand the file to the browser.',
    });

    const importer = await newContext();
    const empty = await importer.newPage();
    await empty.goto(`${baseUrl}#/history`);
    await empty.getByLabel('Restore from a backup file').setInputFiles(backupPath);
    await empty.getByRole('button', { name: 'Add them' }).click();
    await empty.getByRole('status').getByText('Added').waitFor({ timeout: 60_000 });
    const checkMs = await lastMeasure(empty, 'import-check');
    const mergeMs = await lastMeasure(empty, 'import-merge');
    await importer.close();
    rows.push(
      {
        group,
        name: 'Import: read and validate the file',
        value: round(checkMs, 0),
        unit: 'ms',
        budget: { max: 1000 },
        method:
          'In Chromium, File.text, JSON.parse and full valibot validation of the exported file.',
      },
      {
        group,
        name: 'Import: merge into an empty database',
        value: round(mergeMs, 0),
        unit: 'ms',
        budget: { max: 3000 },
        method: 'In Chromium, the single readwrite transaction adding every record.',
      },
    );
    rmSync(folder, { recursive: true, force: true });
    return rows;
  },
};
