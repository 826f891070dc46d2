// Cue timing in real time: how late cues go out against their schedule, in the code and at the
// audio output (a tap on howler's master gain), whether lateness grows over the run, and how busy
// the main thread is during a hold; with a naive setInterval countdown in the same page for
// comparison.
import type { Page } from '@playwright/test';
import {
  type AudioTapReading,
  installAudioTap,
  readAudioTap,
  settleAudioTap,
} from '../../../e2e/support/audioTap';
import { writeKeyval } from '../../../e2e/support/storage';
import { progressOf } from '../../../src/engine/progress';
import type { Routine } from '../../../src/engine/routine';
import { reduce, startSession } from '../../../src/engine/session';
import { buildTimeline } from '../../../src/engine/timeline';
import { nextWakeAt } from '../../../src/engine/view';
import type { BenchRow, Measure } from '../types';

const step = (
  id: string,
  side: 'left' | 'right' | 'both',
  holdSeconds: number,
  repetitions: number,
) => ({
  id,
  name: `Bench ${id}`,
  instruction: 'Benchmark step.',
  side,
  holdSeconds,
  repetitions,
  illustration: id.replace(/-(left|right)$/, ''),
});

/**
 * A short routine dense with cues (6 s holds, each with its 3-2-1) around one 30 s hold on which
 * main-thread busy time is measured. 91 s in all.
 */
const BENCH_ROUTINE: Routine = {
  id: 'bench-short',
  name: 'Bench short routine',
  summary: 'For the cue timing benchmark.',
  steps: [
    step('short-left', 'left', 6, 4),
    step('short-right', 'right', 30, 1),
    step('closing', 'both', 6, 3),
  ],
};
export const TIMELINE = buildTimeline(BENCH_ROUTINE, {
  readySeconds: 3,
  restSeconds: 2,
  switchSeconds: 3,
});
/** The 30 s hold runs from 36 s to 66 s; busy time is sampled well inside it. */
const BUSY_FROM_MS = 41_000;
const BUSY_TO_MS = 61_000;

/** When each cue is due after the start, by the engine run with a perfectly punctual clock. */
function plannedOffsets(): number[] {
  const started = startSession(TIMELINE, 0);
  const offsets = started.cues.map((cue) => cue.scheduledAt);
  let state = started.state;
  for (let wake = nextWakeAt(state, 0); wake !== null; wake = nextWakeAt(state, wake)) {
    const next = reduce(state, { type: 'tick' }, wake);
    offsets.push(...next.cues.map((cue) => cue.scheduledAt));
    state = next.state;
  }
  return offsets;
}

interface LoggedCue {
  kind: string;
  scheduledAt: number;
  playedAt: number;
}

const round = (value: number) => Math.round(value * 10) / 10;

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

/**
 * Median lateness of the last quarter minus that of the first quarter: systematic growth over
 * the run. Medians keep one stray late cue (counted in p95 and worst) from passing for drift.
 */
function drift(latenesses: number[]): number {
  const quarter = Math.max(1, Math.floor(latenesses.length / 4));
  return (
    percentile(latenesses.slice(-quarter), 0.5) - percentile(latenesses.slice(0, quarter), 0.5)
  );
}

/** Leaves the bench routine as an interrupted session, so Home offers Resume (a tap starts it). */
async function saveBenchSession(page: Page): Promise<void> {
  const progress = progressOf(startSession(TIMELINE, Date.now()).state, Date.now());
  await writeKeyval(page, 'activeSession', progress);
}

/** The comparison: a countdown that trusts setInterval to fire every 1000 ms. */
function startNaiveCountdown(page: Page): Promise<void> {
  return page.evaluate(() => {
    const startedAt = Date.now();
    const ticks: { expectedAt: number; at: number }[] = [];
    const shown = document.createElement('output');
    shown.hidden = true;
    document.body.append(shown);
    let secondsLeft = 3600;
    let count = 0;
    setInterval(() => {
      count += 1;
      secondsLeft -= 1;
      shown.textContent = String(secondsLeft);
      ticks.push({ expectedAt: startedAt + count * 1000, at: Date.now() });
    }, 1000);
    Object.assign(window, { __naiveTicks: ticks, __naiveStartedAt: startedAt });
  });
}

export const sleepUntil = (at: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));

/**
 * Starts the bench routine with a tap on Home's Resume, and the naive countdown beside it;
 * `beforeTap` runs just before the tap. Returns the time the first cue was due.
 */
export async function playBenchRoutine(
  page: Page,
  baseUrl: string,
  beforeTap?: () => Promise<void>,
): Promise<number> {
  await page.goto(baseUrl);
  await page.getByRole('heading', { name: 'Streak' }).waitFor();
  await saveBenchSession(page);
  await page.reload();
  const resume = page.getByRole('button', { name: 'Resume' });
  await resume.waitFor();
  await beforeTap?.();
  await resume.click();
  await startNaiveCountdown(page);
  return page.evaluate(() => window.__nightstretchCues?.[0]?.scheduledAt ?? 0);
}

export const cueTimingMeasure: Measure = {
  name: 'cueTiming',
  async run({ baseUrl, newContext, log }) {
    // The tap's worklet loads from a blob URL, which the app's policy refuses.
    const context = await newContext({ bypassCSP: true });
    const page = await context.newPage();
    try {
      await installAudioTap(page);
      const cdp = await context.newCDPSession(page);
      const startedAt = await playBenchRoutine(page, baseUrl, async () => {
        await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
      });
      log(`real-time run of ${TIMELINE.totalMs / 1000} s…`);

      const metric = async () => {
        const { metrics } = (await cdp.send('Performance.getMetrics')) as {
          metrics: { name: string; value: number }[];
        };
        const value = (name: string) => metrics.find((entry) => entry.name === name)?.value ?? 0;
        return { busy: value('TaskDuration'), at: value('Timestamp') };
      };
      await sleepUntil(startedAt + BUSY_FROM_MS);
      const before = await metric();
      await sleepUntil(startedAt + BUSY_TO_MS);
      const after = await metric();
      await page.getByRole('heading', { name: 'Routine complete' }).waitFor({ timeout: 60_000 });

      const cues = await page.evaluate(() => window.__nightstretchCues ?? []);
      const naive = await page.evaluate(
        () =>
          (window as unknown as { __naiveTicks: { expectedAt: number; at: number }[] })
            .__naiveTicks,
      );
      const dropped = await page.evaluate(() => window.__nightstretchDroppedCues?.length ?? 0);
      // The done chime has begun: let it come through the tap.
      await settleAudioTap(page);
      const tap = await readAudioTap(page);
      outputLateness(cues, tap).forEach((entry, index) => {
        const cue = cues[index];
        if (entry === null && cue) {
          const offsets = tap.onsets.map((onset) => Math.round(onset.renderedAt - cue.scheduledAt));
          const nearest = offsets.sort((a, b) => Math.abs(a) - Math.abs(b))[0];
          log(
            `no sound at the output for cue ${index + 1} (${cue.kind}); nearest onset ${nearest} ms`,
          );
        }
      });
      return [
        ...rows(cues, naive, dropped, ((after.busy - before.busy) / (after.at - before.at)) * 100),
        ...outputRows(cues, tap),
      ];
    } finally {
      await context.close();
    }
  },
};

/** Cues sound at least 1 s apart, so a sound this far from a cue's deadline is not its own. */
const SILENT_AFTER_MS = 500;

/**
 * Lateness of each cue's sound, heard and leaving the graph; null for a cue that made none. Every
 * cue makes exactly one burst of sound (e2e/output.spec.ts holds that), so when the counts agree
 * the n-th sound is the n-th cue's; otherwise each cue takes the nearest sound within 500 ms.
 */
function outputLateness(cues: LoggedCue[], tap: AudioTapReading) {
  const lateness = (cue: LoggedCue, onset: AudioTapReading['onsets'][number]) => ({
    rendered: onset.renderedAt - cue.scheduledAt,
    heard: onset.heardAt - cue.scheduledAt,
  });
  if (tap.onsets.length === cues.length) {
    return cues.map((cue, index) => {
      const onset = tap.onsets[index];
      return onset ? lateness(cue, onset) : null;
    });
  }
  return cues.map((cue) => {
    const distance = (onset: AudioTapReading['onsets'][number]) =>
      Math.abs(onset.renderedAt - cue.scheduledAt);
    const nearest = [...tap.onsets].sort((a, b) => distance(a) - distance(b))[0];
    return nearest && distance(nearest) <= SILENT_AFTER_MS ? lateness(cue, nearest) : null;
  });
}

/** The same cues measured where the sound comes out, beside the code-side rows. */
function outputRows(cues: LoggedCue[], tap: AudioTapReading): BenchRow[] {
  const measured = outputLateness(cues, tap);
  const sounded = measured.filter((entry) => entry !== null);
  const rendered = sounded.map((entry) => entry.rendered);
  const heard = sounded.map((entry) => entry.heard);
  const deviceLatency = percentile(
    sounded.map((entry) => entry.heard - entry.rendered),
    0.5,
  );
  const group = 'Cue timing';
  const run = `${cues.length} cues of the same ${TIMELINE.totalMs / 1000} s run`;
  const tapped = `the first sample above -60 dBFS after 100 ms of quiet, seen by an AudioWorklet tap on howler's master gain and mapped to page time with AudioContext.getOutputTimestamp()`;
  return [
    {
      group,
      name: 'Cues silent at the audio output',
      value: measured.length - sounded.length,
      unit: 'cues',
      budget: { max: 0 },
      method: `Cues of ${run} without a burst of sound of their own at the tap (${tapped}): the n-th burst is the n-th cue's when the counts agree, otherwise the nearest within ${SILENT_AFTER_MS} ms.`,
    },
    {
      group,
      name: 'Cue lateness at the audio output, median',
      value: round(percentile(rendered, 0.5)),
      unit: 'ms',
      method: `Median of the time each cue's sound leaves the audio graph minus its deadline, ${run}: ${tapped}, less the output latency the browser reports.`,
    },
    {
      group,
      name: 'Cue lateness at the audio output, p95',
      value: round(percentile(rendered, 0.95)),
      unit: 'ms',
      budget: { max: 20 },
      method: `95th percentile of the time each cue's sound leaves the audio graph minus its deadline, ${run}.`,
    },
    {
      group,
      name: 'Cue lateness at the audio output, worst',
      value: round(Math.max(...rendered)),
      unit: 'ms',
      method: `Largest time a cue's sound left the audio graph after its deadline, ${run} (the first cue included: it sounds as the Start tap makes the audio context, the tones decoded ahead).`,
    },
    {
      group,
      name: 'Audio device output latency',
      value: round(deviceLatency),
      unit: 'ms',
      method: `AudioContext.baseLatency + outputLatency as the browser reports them (here a headless machine with no sound card): added by the device after the graph, the same for every cue.`,
    },
    {
      group,
      name: 'Cue lateness heard at the speaker, p95',
      value: round(percentile(heard, 0.95)),
      unit: 'ms',
      method: `95th percentile of the time each cue's first sample reaches the speaker (the graph's output plus the device latency above) minus its deadline, ${run}.`,
    },
  ];
}

function rows(
  cues: LoggedCue[],
  naive: { expectedAt: number; at: number }[],
  dropped: number,
  busyPercent: number,
): BenchRow[] {
  if (cues.length < 30 || dropped > 0) {
    throw new Error(`expected 41 played cues and none dropped, got ${cues.length} and ${dropped}`);
  }
  const lateness = cues.map((cue) => cue.playedAt - cue.scheduledAt);
  const planned = plannedOffsets();
  const firstScheduled = cues[0]?.scheduledAt ?? 0;
  const scheduleError = Math.max(
    ...cues.map((cue, index) =>
      Math.abs(cue.scheduledAt - firstScheduled - (planned[index] ?? Infinity)),
    ),
  );
  const naiveLateness = naive.map((tick) => tick.at - tick.expectedAt);
  const group = 'Cue timing';
  const run = `${cues.length} cues of a ${TIMELINE.totalMs / 1000} s routine played in real time in headless Chromium`;
  const naiveRun = `${naive.length} ticks of a naive setInterval(1000) countdown running in the same page, against start + n × 1000 ms`;
  return [
    {
      group,
      name: 'Cue lateness in code, median',
      value: round(percentile(lateness, 0.5)),
      unit: 'ms',
      method: `Median of played minus scheduled time over ${run}.`,
    },
    {
      group,
      name: 'Cue lateness in code, p95',
      value: round(percentile(lateness, 0.95)),
      unit: 'ms',
      budget: { max: 20 },
      method: `95th percentile of played minus scheduled time over ${run}.`,
    },
    {
      group,
      name: 'Cue lateness in code, worst',
      value: round(Math.max(...lateness)),
      unit: 'ms',
      method: `Largest played minus scheduled time over ${run}.`,
    },
    {
      group,
      name: 'Cue drift over the run',
      value: round(Math.abs(drift(lateness))),
      unit: 'ms',
      budget: { max: 5 },
      method: `Median lateness of the last quarter of cues minus that of the first quarter (absolute), ${run}.`,
    },
    {
      group,
      name: 'Cue schedule vs plan, worst',
      value: round(scheduleError),
      unit: 'ms',
      budget: { max: 0 },
      method: `Largest gap between a cue's scheduled time after the start and its planned offset (the engine run in Node with a punctual clock), ${planned.length} planned cues: deadlines are absolute, so none accumulates.`,
    },
    {
      group,
      name: 'Main thread busy during a hold',
      value: round(busyPercent),
      unit: '%',
      budget: { max: 2 },
      method: `Renderer TaskDuration growth over wall time (DevTools Performance.getMetrics), ${(BUSY_TO_MS - BUSY_FROM_MS) / 1000} s inside a 30 s hold with the Player on screen and the naive countdown running.`,
    },
    {
      group,
      name: 'Naive setInterval lateness, median',
      value: round(percentile(naiveLateness, 0.5)),
      unit: 'ms',
      method: `Median lateness of ${naiveRun}.`,
    },
    {
      group,
      name: 'Naive setInterval lateness, p95',
      value: round(percentile(naiveLateness, 0.95)),
      unit: 'ms',
      method: `95th percentile lateness of ${naiveRun}.`,
    },
    {
      group,
      name: 'Naive setInterval lateness, worst',
      value: round(Math.max(...naiveLateness)),
      unit: 'ms',
      method: `Largest lateness of ${naiveRun}.`,
    },
    {
      group,
      name: 'Naive setInterval drift over the run',
      value: round(Math.abs(drift(naiveLateness))),
      unit: 'ms',
      method: `Median lateness of the last quarter of ticks minus that of the first quarter (absolute), ${naiveRun}.`,
    },
  ];
}
