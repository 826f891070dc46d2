import { readFileSync } from 'node:fs';
import type { StaticServer } from '../e2e/support/staticServer';
import {
  alerts,
  brokenLabels,
  check,
  click,
  expectNoConsoleErrors,
  open,
  restoreBackup,
  Skip,
  screenshot,
  streakText,
} from './journeySteps';
import { type EnginePage, helper, pageText, waitFor, waitForRole, withHelpers } from './page';

export { Skip } from './journeySteps';

/** What one engine's run hands to each journey. */
export interface JourneyContext {
  page: EnginePage;
  server: StaticServer;
  port: number;
  /** firefox, webkit or webkit-profile: names the screenshots. */
  engine: string;
  /** True where the engine plays Web Audio to a sound server, so a cue can be heard. */
  audio: boolean;
}

export interface Journey {
  name: string;
  run(context: JourneyContext): Promise<void>;
}

const SHORT_ROUTINE_BACKUP = readFileSync(
  new URL('./fixtures/short-routine-backup.json', import.meta.url),
  'utf8',
);

export const JOURNEYS: Journey[] = [
  {
    name: 'Home on a first visit: the streak reads 0 nights, no alert, labels on one line',
    async run(context) {
      await open(context);
      // Storage opens after the first paint: wait for the nights, or for a failure to show.
      await waitFor(
        context.page,
        "/nights? in a row/.test(document.querySelector('.streak p')?.textContent ?? '') || document.querySelector('[role=alert]') || /can't be read/.test(document.querySelector('.streak')?.textContent)",
        'the nights to be read',
      );
      check((await alerts(context.page)).length === 0, `alert: ${await alerts(context.page)}`);
      const streak = await streakText(context.page);
      check(streak.startsWith('0 nights'), `streak: ${streak}`);
      const broken = await brokenLabels(context.page);
      check(broken.length === 0, `labels broken: ${broken.join(', ')}`);
      await screenshot(context, 'home');
    },
  },
  {
    name: 'Home on a first visit: no console error (none from the Content-Security-Policy)',
    async run(context) {
      if ((await context.page.consoleErrors()) === null) {
        throw new Skip('WebKitWebDriver does not hand over console messages: see webkit-profile');
      }
      await expectNoConsoleErrors(context.page);
    },
  },
  {
    name: 'a short routine restored from a backup file appears on Home',
    async run(context) {
      const preview = await restoreBackup(context, SHORT_ROUTINE_BACKUP);
      check(preview.includes('will be added'), `preview: ${preview}`);
      await click(context, 'button', 'Add them');
      await waitFor(context.page, "document.body.innerText.includes('Added')", 'the import');
      await open(context);
      await waitForRole(context.page, 'button', 'Start Engine check');
    },
  },
  {
    name: 'Start opens the Player; its controls keep whole words beside a classic scrollbar',
    async run(context) {
      if (context.audio) {
        // The null sink's first connection can take seconds on a busy 2-core machine (a phone's
        // audio is ready in milliseconds): open it once, so the cue check measures the app.
        await context.page.evaluate(
          '(async () => { const warm = new AudioContext(); await warm.resume(); await warm.close(); })()',
        );
      }
      await helper(context.page, 'listen()');
      await click(context, 'button', 'Start Engine check');
      await waitForRole(context.page, 'timer', 'Seconds left');
      const broken = await brokenLabels(context.page);
      check(broken.length === 0, `Player labels broken inside a word: ${broken.join(', ')}`);
    },
  },
  {
    name: 'the first cue ("get ready") is heard at the audio output, not lost while audio starts',
    async run(context) {
      if (!context.audio) {
        throw new Skip('no sound server for this engine: WebKitGTK audio is not checked here');
      }
      // "Get ready" is due the instant Start is tapped; the next tone comes 5 s later.
      const firstSoundMs = await waitFor<number>(
        context.page,
        'window.__enginesFirstSoundMs',
        'sound energy at the audio output (the first cue)',
        4_000,
      ).catch(async (error: Error) => {
        const log = await context.page.evaluate<string[]>('window.__enginesAudioLog ?? []');
        throw new Error(`${error.message}; ${log.join(', ') || 'no audio context'}`);
      });
      check(
        firstSoundMs < 3_500,
        `the first cue sounded ${Math.round(firstSoundMs)} ms after Start`,
      );
    },
  },
  {
    name: 'the routine plays to Done in real time (no clock faked, nothing skipped)',
    async run(context) {
      await waitFor(
        context.page,
        "document.querySelector('[role=timer]') && document.querySelector('.phase')",
        'the Player',
      );
      await screenshot(context, 'player');
      // Getting ready, two 5 s holds and the switch between them, in real time.
      await waitForRole(context.page, 'heading', 'Routine complete', 40_000);
      // The streak is read again once the night is saved: give it a moment to arrive.
      await waitFor(
        context.page,
        "/Tonight counts\\. Your streak is 1 night/.test(document.body.innerText.replace(/\\s+/g, ' '))",
        'Done to say "Tonight counts. Your streak is 1 night"',
        5_000,
      ).catch(async (error: Error) => {
        throw new Error(`${error.message}; Done says: ${await pageText(context.page)}`);
      });
    },
  },
  {
    name: 'the streak reads 1 after a reload',
    async run(context) {
      await open(context);
      await context.page.reload();
      await waitForRole(context.page, 'heading', 'Nightstretch');
      const streak = await streakText(context.page);
      check(streak.startsWith('1 night in a row'), `streak: ${streak}`);
    },
  },
  {
    name: 'a setting and a cramp entry survive a reload',
    async run(context) {
      await open(context, '#/settings');
      const keepAwake = `window.__engines.all('checkbox', /^Keep the screen awake/)[0]`;
      await waitFor(context.page, keepAwake, 'the keep-awake switch');
      check(await context.page.evaluate(withChecked(keepAwake)), 'keep-awake starts on');
      await context.page.click('checkbox', /^Keep the screen awake/);
      await waitFor(context.page, `!${keepAwake}.checked`, 'the switch to turn off');
      await open(context, '#/cramp');
      await click(context, 'button', 'Save cramp');
      await waitForRole(context.page, 'heading', 'Cramp logged');
      // A person takes a moment before closing the app; the write is done by then.
      await new Promise((resolve) => setTimeout(resolve, 500));
      await context.page.reload();
      await open(context, '#/settings');
      await waitFor(context.page, keepAwake, 'the keep-awake switch');
      check(
        !(await context.page.evaluate(withChecked(keepAwake))),
        'keep-awake is on again after a reload',
      );
      await open(context, '#/history');
      await waitFor(
        context.page,
        "document.body.innerText.includes('of 5')",
        'the cramp in the diary',
      );
    },
  },
  {
    name: 'History renders the night, the session and the cramp',
    async run(context) {
      await open(context, '#/history');
      await waitForRole(context.page, 'heading', 'Recent sessions');
      const text = await pageText(context.page);
      check(text.includes('Engine check'), `History lists no session: ${text}`);
      check(/Left leg, calf · 3 of 5/.test(text), `History lists no cramp: ${text}`);
      const broken = await brokenLabels(context.page);
      check(broken.length === 0, `labels broken inside a word: ${broken.join(', ')}`);
      check((await alerts(context.page)).length === 0, `alert: ${await alerts(context.page)}`);
      await expectNoConsoleErrors(context.page);
    },
  },
  {
    name: 'a backup saved and restored again changes nothing',
    async run(context) {
      await open(context, '#/history');
      await helper(context.page, 'catchDownloads()');
      await click(context, 'button', 'Save a backup file');
      const saved = await waitFor<string>(
        context.page,
        'window.__enginesDownloads.length > 0 && window.__enginesDownloads[0]',
        'the backup file',
      );
      const backup = JSON.parse(saved) as { completions: unknown[]; cramps: unknown[] };
      check(backup.completions.length === 1, `completions in the file: ${saved}`);
      check(backup.cramps.length === 1, `cramps in the file: ${saved}`);
      const preview = await restoreBackup(context, saved);
      check(preview.includes('There is nothing to add'), `preview: ${preview}`);
      await click(context, 'button', 'Close');
      await open(context);
      const streak = await streakText(context.page);
      check(streak.startsWith('1 night in a row'), `streak after restoring: ${streak}`);
    },
  },
  {
    name: 'the service worker controls the page, and Home loads with the server stopped',
    async run(context) {
      await open(context);
      await waitFor(
        context.page,
        'navigator.serviceWorker.ready.then(() => navigator.serviceWorker.controller !== null)',
        'the service worker to control the page',
        20_000,
      );
      await context.server.stop();
      try {
        await context.page.reload();
        await waitForRole(context.page, 'heading', 'Nightstretch', 15_000);
        await waitForRole(context.page, 'button', 'Start Engine check');
        const streak = await streakText(context.page);
        check(streak.startsWith('1 night in a row'), `streak offline: ${streak}`);
      } finally {
        await context.server.start(context.port);
      }
    },
  },
];

function withChecked(expression: string): string {
  return withHelpers(`(${expression}).checked`);
}
