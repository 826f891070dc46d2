import type { BenchRow, Measure } from '../types';

export const heapMeasure: Measure = {
  name: 'heap',
  async run({ baseUrl, newContext }) {
    const context = await newContext();
    try {
      const page = await context.newPage();
      await page.clock.install();
      await page.goto(baseUrl);
      await page.getByRole('button', { name: 'Start Bedtime stretch' }).click();
      // The Player is up (its code may still have been arriving at the tap) before time moves.
      await page.getByRole('timer').waitFor();
      await page.clock.runFor(15 * 60 * 1000);
      await page.getByRole('heading', { name: /complete/i }).waitFor();
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const row: BenchRow = {
        group: 'Quiet while holding',
        name: 'JS heap after a whole Bedtime stretch',
        value: Math.round((usedSize / 2 ** 20) * 10) / 10,
        unit: 'MiB',
        method:
          'Used JS heap (DevTools Runtime.getHeapUsage) after forcing garbage collection, once a whole Bedtime stretch has played under a fast-forwarded clock.',
      };
      return [row];
    } finally {
      await context.close();
    }
  },
};
