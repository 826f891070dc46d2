import type { BenchRow, Measure } from '../types';

const RELOADS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** How soon the app is ready offline, how fast it opens from the cache, and who it talks to. */
export const offlineMeasure: Measure = {
  name: 'offline',
  async run({ baseUrl, newContext, log }) {
    const origin = new URL(baseUrl).origin;
    const context = await newContext();
    const foreign: string[] = [];
    context.on('request', (request) => {
      const url = request.url();
      if (/^(https?|wss?):/.test(url) && new URL(url).origin !== origin) foreign.push(url);
    });
    const page = await context.newPage();
    const home = page.getByRole('heading', { level: 1, name: 'Nightstretch' });
    try {
      await page.goto(baseUrl);
      await home.waitFor();
      const homeShown = performance.now();
      await page.getByText('Nightstretch now works without internet').waitFor();
      const readyMs = performance.now() - homeShown;
      log(`ready offline after ${Math.round(readyMs)} ms`);

      await context.setOffline(true);
      const reloads: number[] = [];
      for (let run = 0; run < RELOADS; run++) {
        const start = performance.now();
        await page.reload();
        await home.waitFor();
        reloads.push(performance.now() - start);
      }
      const rows: BenchRow[] = [
        {
          group: 'Offline',
          name: 'First visit: Home showing until "Nightstretch now works without internet"',
          value: Math.round(readyMs),
          unit: 'ms',
          budget: { max: 4000 },
          method:
            'Fresh phone-sized context on the local preview: from the Home heading being visible until the toast shows (worker registered, everything precached).',
        },
        {
          group: 'Offline',
          name: `Offline reload until Home shows (median of ${RELOADS})`,
          value: Math.round(median(reloads)),
          unit: 'ms',
          budget: { max: 1000 },
          method:
            'Network switched off in the browser, page reloaded, timed until the Home heading is visible; served by the service worker.',
        },
        {
          group: 'Offline',
          name: 'Requests to other origins',
          value: foreign.length,
          unit: 'requests',
          budget: { max: 0 },
          method:
            'Every request of the session above (pages and service worker) whose origin differs from the app.',
        },
      ];
      return rows;
    } finally {
      await context.close();
    }
  },
};
