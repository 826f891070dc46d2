// What a locked phone does to a countdown: the page's JavaScript is held still for 20 s (no timer
// runs, as when a phone suspends a background tab), then let go. The app's countdown comes from
// absolute deadlines and lands where it should; a naive setInterval countdown has lost the time.
// Held with the DevTools debugger: Chromium ignores Page.setWebLifecycleState 'frozen' for a
// visible page, and a headless page is always visible.
import type { BenchRow, Measure } from '../types';
import { playBenchRoutine, sleepUntil, TIMELINE } from './cueTiming';

const FROZEN_MS = 20_000;
const FREEZE_AFTER_MS = 5_000;

/** Seconds left in the segment due `elapsedMs` after the start, and its step's name. */
function expectedAt(elapsedMs: number): { secondsLeft: number; stepName: string } {
  let start = 0;
  for (const segment of TIMELINE.segments) {
    const end = start + segment.durationMs;
    if (elapsedMs < end) {
      return {
        secondsLeft: Math.ceil((end - elapsedMs) / 1000),
        stepName: TIMELINE.steps[segment.stepIndex]?.name ?? '',
      };
    }
    start = end;
  }
  throw new Error('the routine should still be playing');
}

const sleep = (ms: number) => sleepUntil(Date.now() + ms);

export const frozenMeasure: Measure = {
  name: 'frozen',
  async run({ baseUrl, newContext, log }) {
    const context = await newContext();
    const page = await context.newPage();
    try {
      const startedAt = await playBenchRoutine(page, baseUrl);
      await sleepUntil(startedAt + FREEZE_AFTER_MS);

      log(`holding the page still for ${FROZEN_MS / 1000} s, as a locked phone would…`);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Debugger.enable');
      // Takes hold at the next script to run: a timer of the app or of the naive countdown.
      const paused = new Promise((resolve) => cdp.once('Debugger.paused', resolve));
      await cdp.send('Debugger.pause');
      await paused;
      await sleep(FROZEN_MS);
      const wokeAt = Date.now();
      await cdp.send('Debugger.resume');
      await cdp.send('Debugger.disable');
      await sleep(300);

      const seen = await page.evaluate(() => {
        const naive = window as unknown as {
          __naiveTicks: unknown[];
          __naiveStartedAt: number;
        };
        return {
          now: Date.now(),
          timer: document.querySelector('[role="timer"]')?.textContent ?? '',
          heading: document.querySelector('main h1')?.textContent ?? '',
          naiveCounted: naive.__naiveTicks.length,
          naiveStartedAt: naive.__naiveStartedAt,
          playedAfterWaking: (window.__nightstretchCues ?? []).map((cue) => cue.playedAt),
        };
      });
      const burst = seen.playedAfterWaking.filter((at) => at >= wokeAt).length;
      const expected = expectedAt(seen.now - startedAt);
      if (seen.heading !== expected.stepName) {
        throw new Error(
          `after the freeze the Player shows "${seen.heading}", but "${expected.stepName}" is due`,
        );
      }
      const appError = Math.abs(Number(seen.timer) - expected.secondsLeft);
      const naiveError = Math.floor((seen.now - seen.naiveStartedAt) / 1000) - seen.naiveCounted;
      const how = `0.3 s after the page's JavaScript was held still for ${FROZEN_MS / 1000} s (DevTools Debugger.pause, as a phone suspends a locked tab), mid-routine`;
      return [
        {
          group: 'Locked phone',
          name: 'App countdown error after a 20 s freeze',
          value: appError,
          unit: 's',
          budget: { max: 1 },
          method: `Seconds shown by the Player's timer minus the seconds truly left in the segment due, ${how}; the step shown is checked too.`,
        },
        {
          group: 'Locked phone',
          name: 'Cues sounded on waking',
          value: burst,
          unit: 'cues',
          budget: { max: 1 },
          method: `Cues played in the 0.3 s after the page's JavaScript was let go: the ones missed while it was held are dropped, at most the newest one sounds.`,
        },
        {
          group: 'Locked phone',
          name: 'Naive setInterval countdown error after a 20 s freeze',
          value: naiveError,
          unit: 's',
          method: `Whole seconds elapsed minus ticks counted by a setInterval(1000) countdown in the same page, ${how}.`,
        },
      ] satisfies BenchRow[];
    } finally {
      await context.close();
    }
  },
};
