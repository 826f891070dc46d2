// npm run bench: builds the production app, serves it, measures, writes BENCHMARKS.md and
// bench/results.json, and exits non-zero when a budget is broken.
import { execFileSync, execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { chromium, devices } from '@playwright/test';
import { preview } from 'vite';
import { CHROME_PATH as CHROME, CHROME_ARGS } from './chrome';
import { bedtimeMeasure } from './measures/bedtime';
import { coldStartMeasure } from './measures/coldStart';
import { cueTimingMeasure } from './measures/cueTiming';
import { dataMeasure } from './measures/data';
import { frozenMeasure } from './measures/frozen';
import { heapMeasure } from './measures/heap';
import { lighthouseMeasure } from './measures/lighthouse';
import { offlineMeasure } from './measures/offline';
import { sizeMeasure } from './measures/size';
import { type BenchRow, type Measure, withinBudget } from './types';

const PORT = Number(process.env.BENCH_PORT ?? 4190);

/** Every measurement, in the order the table lists them. */
const measures: Measure[] = [
  sizeMeasure,
  lighthouseMeasure,
  offlineMeasure,
  cueTimingMeasure,
  frozenMeasure,
  coldStartMeasure,
  heapMeasure,
  bedtimeMeasure,
  dataMeasure,
];

function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const memory = Math.round(totalmem() / 2 ** 30);
  let chrome = 'unknown Chromium';
  try {
    chrome = execFileSync(CHROME, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {}
  return `${cpus().length} × ${cpu}, ${memory} GiB, Node ${process.version}, ${chrome}`;
}

function formatBudget(row: BenchRow): string {
  if (!row.budget) return '';
  return 'max' in row.budget
    ? `≤ ${row.budget.max} ${row.unit}`
    : `≥ ${row.budget.min} ${row.unit}`;
}

function markdown(rows: BenchRow[], date: string, machineText: string): string {
  const lines = [
    '# Benchmarks',
    '',
    `Measured by \`npm run bench\` on ${date}, on ${machineText}.`,
    'Every figure below is measured by that run; nothing is typed in by hand.',
    '',
  ];
  const groups = [...new Set(rows.map((row) => row.group))];
  for (const group of groups) {
    lines.push(
      `## ${group}`,
      '',
      '| figure | value | budget | result | how it is measured |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const row of rows.filter((r) => r.group === group)) {
      const result = row.budget ? (withinBudget(row) ? 'pass' : '**FAIL**') : '';
      lines.push(
        `| ${row.name} | ${row.value} ${row.unit} | ${formatBudget(row)} | ${result} | ${row.method} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  if (!process.argv.includes('--no-build')) execSync('npx vite build', { stdio: 'inherit' });
  const server = await preview({ preview: { port: PORT, strictPort: true }, logLevel: 'warn' });
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
  const baseUrl = `http://localhost:${PORT}/`;
  const rows: BenchRow[] = [];
  try {
    for (const measure of measures) {
      if (only.length > 0 && !only.includes(measure.name)) continue;
      console.log(`measuring ${measure.name}…`);
      rows.push(
        ...(await measure.run({
          baseUrl,
          distDir: 'dist',
          browser,
          newContext: () =>
            browser.newContext({ ...devices['Pixel 7'], viewport: { width: 390, height: 844 } }),
          log: (message) => console.log(`  ${message}`),
        })),
      );
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
  const date = new Date().toISOString().slice(0, 10);
  const machineText = machine();
  mkdirSync('bench', { recursive: true });
  writeFileSync(
    'bench/results.json',
    `${JSON.stringify({ date, machine: machineText, rows }, null, 2)}\n`,
  );
  if (only.length === 0) writeFileSync('BENCHMARKS.md', `${markdown(rows, date, machineText)}\n`);
  const width = Math.max(...rows.map((row) => row.name.length));
  for (const row of rows) {
    const verdict = row.budget ? (withinBudget(row) ? 'ok  ' : 'FAIL') : '    ';
    console.log(
      `${verdict} ${row.name.padEnd(width)}  ${row.value} ${row.unit}  ${formatBudget(row)}`,
    );
  }
  const broken = rows.filter((row) => !withinBudget(row));
  if (broken.length > 0) {
    console.error(`${broken.length} budget(s) broken`);
    process.exitCode = 1;
  }
}

await main();
