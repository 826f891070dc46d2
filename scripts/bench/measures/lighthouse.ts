import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROME_ARGS, CHROME_PATH } from '../chrome';
import type { BenchRow, Measure } from '../types';

const DEBUG_PORT = Number(process.env.LIGHTHOUSE_DEBUG_PORT ?? 9333);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** Lighthouse's own advice: one run is noisy, report the median of several. */
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 5));

type Result = NonNullable<Awaited<ReturnType<typeof lighthouse>>>;

async function runOnce(baseUrl: string): Promise<Result['lhr']> {
  // Lighthouse drives its own Chromium over the DevTools port, with its default mobile settings
  // (Moto G Power emulation, simulated slow 4G and 4x CPU slowdown).
  const browser = await chromium.launch({
    executablePath: CHROME_PATH,
    args: [...CHROME_ARGS, `--remote-debugging-port=${DEBUG_PORT}`],
  });
  try {
    const result = await lighthouse(baseUrl, {
      port: DEBUG_PORT,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    return result.lhr;
  } finally {
    await browser.close();
  }
}

export const lighthouseMeasure: Measure = {
  name: 'lighthouse',
  async run({ baseUrl, log }) {
    const runs: Result['lhr'][] = [];
    for (let run = 1; run <= RUNS; run++) {
      const lhr = await runOnce(baseUrl);
      log(
        `lighthouse run ${run}/${RUNS}: performance ${Math.round((lhr.categories.performance?.score ?? 0) * 100)}, TBT ${Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0)} ms`,
      );
      runs.push(lhr);
    }
    // The run with median first paint and time to interactive, as Lighthouse's own tools pick it.
    const lhr = computeMedianRun(runs);
    for (const error of lhr.runWarnings) log(`lighthouse warning: ${error}`);
    for (const id of CATEGORIES) {
      for (const ref of lhr.categories[id]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          log(`${id}: ${audit.id} scored ${audit.score} (${audit.displayValue ?? audit.title})`);
        }
      }
    }
    const rows: BenchRow[] = CATEGORIES.map((id) => ({
      group: 'Lighthouse (mobile)',
      name: `${lhr.categories[id]?.title ?? id} score`,
      value: Math.round((lhr.categories[id]?.score ?? 0) * 100),
      unit: '',
      budget: { min: id === 'accessibility' ? 100 : 98 },
      method: `Lighthouse ${lhr.lighthouseVersion} ${id} category score against the served production build, default mobile settings; the median of ${RUNS} runs.`,
    }));
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    rows.push(
      {
        group: 'Lighthouse (mobile)',
        name: 'Largest Contentful Paint',
        value: Math.round(audit('largest-contentful-paint')),
        unit: 'ms',
        method: 'Lighthouse LCP audit of the median run (simulated slow 4G, 4x CPU slowdown).',
      },
      {
        group: 'Lighthouse (mobile)',
        name: 'Total Blocking Time',
        value: Math.round(audit('total-blocking-time')),
        unit: 'ms',
        method: 'Lighthouse TBT audit in the same run.',
      },
      {
        group: 'Lighthouse (mobile)',
        name: 'Cumulative Layout Shift',
        value: Math.round(audit('cumulative-layout-shift') * 1000) / 1000,
        unit: '',
        method: 'Lighthouse CLS audit in the same run.',
      },
    );
    return rows;
  },
};
