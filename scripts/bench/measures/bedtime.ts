import { gzipSync } from 'node:zlib';
import { drawings } from '../../../src/ui/drawings';
import type { BenchRow, Measure } from '../types';

const RUNS = 5;

/** Runs in the page: from the tap to the last drawing of the step list in the DOM. */
const TIME_PREVIEW_OPEN = `new Promise((resolve) => {
  const link = document.querySelector('a.routine-link');
  const startedAt = performance.now();
  link.click();
  const check = () => {
    const drawings = document.querySelectorAll('.step-list svg').length;
    const steps = document.querySelectorAll('.step-list > li').length;
    if (steps > 0 && drawings === steps) resolve(performance.now() - startedAt);
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})`;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** Sizes and speed of the bedtime screens: the stretch drawings and the routine preview. */
export const bedtimeMeasure: Measure = {
  name: 'bedtime',
  async run({ baseUrl, newContext, log }) {
    // The drawings ship inside the preview chunk, so their data is measured on its own.
    const drawingsBytes = gzipSync(JSON.stringify(drawings), { level: 9 }).length;

    const timings: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await newContext();
      const page = await context.newPage();
      await page.goto(baseUrl);
      await page.getByRole('link', { name: 'Bedtime stretch' }).waitFor();
      // Timed inside the page: from the tap to the last drawing of the step list in the DOM.
      // Passed as text: tsx would wrap a function with helpers the page doesn't have.
      const elapsed: number = await page.evaluate(TIME_PREVIEW_OPEN);
      timings.push(elapsed);
      await context.close();
    }
    log(`preview opened in ${timings.map((ms) => Math.round(ms)).join(', ')} ms`);
    return [
      {
        group: 'Bedtime screens',
        name: `Stretch drawings, all ${Object.keys(drawings).length} (gzip)`,
        value: Math.round(drawingsBytes / 102.4) / 10,
        unit: 'KB',
        budget: { max: 4 },
        method: 'gzip -9 size of every drawing (paths and text alternatives) as JSON.',
      },
      {
        group: 'Bedtime screens',
        name: 'Routine preview open, first visit',
        value: Math.round(median(timings)),
        unit: 'ms',
        budget: { max: 500 },
        method: `Median of ${RUNS} fresh phone-sized pages: from tapping "Bedtime stretch" on Home to every step's drawing in the DOM, timed in the page (screen and drawings chunks fetched from the local preview server).`,
      },
    ];
  },
};
