import type { BenchRow, Measure } from '../types';

const RUNS = 10;

/** Records, inside the page, when the first "Start …" button appears. */
const MARK_START_BUTTON = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('button[aria-label^="Start "]')) {
      window.__startButtonAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

export const coldStartMeasure: Measure = {
  name: 'coldStart',
  async run({ baseUrl, newContext, log }) {
    const context = await newContext();
    try {
      await context.addInitScript(MARK_START_BUTTON);
      const first = await context.newPage();
      await first.goto(baseUrl);
      const controlled = await first.evaluate(async () => {
        if (!('serviceWorker' in navigator)) return false;
        await navigator.serviceWorker.ready;
        return true;
      });
      if (!controlled) throw new Error('the service worker never became ready');
      await first.close();
      await context.setOffline(true);
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        // Stop the worker so each start wakes it from cold, as after a night's sleep.
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
        await page.goto(baseUrl);
        await page
          .getByRole('button', { name: /^Start / })
          .first()
          .waitFor();
        const at = await page.evaluate(
          () => (window as unknown as { __startButtonAt?: number }).__startButtonAt,
        );
        const fromCache = await page.evaluate(() => navigator.serviceWorker.controller !== null);
        if (at === undefined || !fromCache)
          throw new Error('offline start was not served by the service worker');
        times.push(at);
        await page.close();
      }
      log(`offline starts (ms): ${times.map((t) => t.toFixed(0)).join(', ')}`);
      const row: BenchRow = {
        group: 'Cold offline start',
        name: `Navigation to Start buttons, offline (median of ${RUNS})`,
        value: Math.round(median(times)),
        unit: 'ms',
        method:
          'With the service worker installed, the network off and the worker stopped before each run, time from navigation start to the first Start button in the DOM, taken in the page by a MutationObserver.',
      };
      return [row];
    } finally {
      await context.close();
    }
  },
};
