// npm run bench: builds the production app, serves it, measures, writes BENCHMARKS.md and
// bench/results.json, and exits non-zero when a budget is broken.
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
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
    ...sections(rows),
  ];
  return lines.join('\n');
}

function sections(rows: BenchRow[], note?: string): string[] {
  const lines: string[] = [];
  const groups = [...new Set(rows.map((row) => row.group))];
  for (const group of groups) {
    lines.push(`## ${group}`, '');
    if (note) lines.push(note, '');
    lines.push(
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
  return lines;
}

/**
 * A run of some measures (`npm run bench -- cueTiming`) replaces only their sections of
 * BENCHMARKS.md, each saying when and where it was measured; the rest stays as the full run left it.
 */
function mergeSections(
  existing: string,
  rows: BenchRow[],
  date: string,
  machineText: string,
  measured: string[],
): string {
  // A shared machine's load shows in real-time figures: say what it was.
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(', ');
  const note = `Measured alone by \`npm run bench -- ${measured.join(' ')}\` on ${date}, on ${machineText}; load average ${load} at the end.`;
  let text = existing.trimEnd();
  for (const group of new Set(rows.map((row) => row.group))) {
    const section = sections(
      rows.filter((row) => row.group === group),
      note,
    ).join('\n');
    const start = text.indexOf(`\n## ${group}\n`);
    if (start < 0) {
      text = `${text}\n\n${section.trimEnd()}`;
      continue;
    }
    const next = text.indexOf('\n## ', start + 1);
    text = `${text.slice(0, start + 1)}${section}${next < 0 ? '' : `\n${text.slice(next + 1)}`}`;
  }
  return `${text.trimEnd()}\n`;
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
          newContext: (options) =>
            browser.newContext({
              ...devices['Pixel 7'],
              viewport: { width: 390, height: 844 },
              ...options,
            }),
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
  if (only.length === 0) {
    writeFileSync(
      'bench/results.json',
      `${JSON.stringify({ date, machine: machineText, rows }, null, 2)}\n`,
    );
    writeFileSync('BENCHMARKS.md', `${markdown(rows, date, machineText)}\n`);
  } else {
    // A partial run replaces its own groups' rows and leaves the full run's others in place.
    const groups = new Set(rows.map((row) => row.group));
    const previous: { rows: BenchRow[] } = existsSync('bench/results.json')
      ? JSON.parse(readFileSync('bench/results.json', 'utf8'))
      : { rows: [] };
    const merged = {
      ...previous,
      rows: [...previous.rows.filter((row) => !groups.has(row.group)), ...rows],
      partial: { date, machine: machineText, measures: only },
    };
    writeFileSync('bench/results.json', `${JSON.stringify(merged, null, 2)}\n`);
    if (existsSync('BENCHMARKS.md')) {
      writeFileSync(
        'BENCHMARKS.md',
        mergeSections(readFileSync('BENCHMARKS.md', 'utf8'), rows, date, machineText, only),
      );
    }
  }
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
