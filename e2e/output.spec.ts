import { expect, type Page, test } from '@playwright/test';
import { CUES_READY_MARK } from '../src/audio/spriteBuffer';
import {
  cueNames,
  type LoggedCue,
  openHomeWithFrozenClock,
  playedCues,
  setPageVisible,
  startRoutine,
} from './playerHelpers';
import { installAudioTap, readAudioTap, settleAudioTap } from './support/audioTap';
import { offerShortRoutine, SHORT_CUE_COUNT, SHORT_TIMELINE } from './support/shortRoutine';
import { expectSettingsSaved } from './support/storage';

// Cues as they come out: sound energy at the audio graph (real time, no fake clock, which would
// not move the audio clock), words handed to the speech engine, buzzes, the screen lock and the
// lock-screen controls. The tap's worklet loads from a blob URL, which the app's policy refuses.
test.use({ bypassCSP: true });

/** How late a cue may reach the output: the 50 ms, well before a person would notice. */
const MAX_LATE_MS = 50;
/**
 * How far the audio clock's mapping to page time can stray (the tap takes the median of many
 * getOutputTimestamp readings, each only as fine as the device buffer): a sound can seem a little
 * early.
 */
const MAPPING_SLACK_MS = 10;

/** Plays the short routine from a Resume tap to Done, in real time. */
async function playShortRoutine(page: Page): Promise<LoggedCue[]> {
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page.getByRole('heading', { name: 'Routine complete' })).toBeVisible({
    timeout: SHORT_TIMELINE.totalMs + 15_000,
  });
  // The done chime has begun by now: let it come through the tap.
  await settleAudioTap(page);
  return playedCues(page);
}

/** Each cue with how late its sound left the audio graph (the nearest onset at the tap). */
async function latenessAtOutput(page: Page, cues: LoggedCue[]) {
  const { onsets } = await readAudioTap(page);
  return cues.map((cue) => {
    const nearest = onsets.reduce(
      (best, onset) =>
        Math.abs(onset.renderedAt - cue.scheduledAt) < Math.abs(best - cue.scheduledAt)
          ? onset.renderedAt
          : best,
      Number.POSITIVE_INFINITY,
    );
    return {
      cue: cueNames([cue])[0],
      lateMs: Math.round(nearest - cue.scheduledAt),
      // How late the code asked for it: the rest is the audio path's own delay.
      askedLateMs: cue.playedAt - cue.scheduledAt,
    };
  });
}

test.describe('sound at the audio output', () => {
  test.beforeEach(async ({ page }) => {
    await installAudioTap(page);
  });

  test('each cue after the first sounds once, within 50 ms of its deadline beyond any timer delay', async ({
    page,
  }) => {
    test.setTimeout(SHORT_TIMELINE.totalMs + 45_000);
    await offerShortRoutine(page);
    const cues = await playShortRoutine(page);
    expect(cues).toHaveLength(SHORT_CUE_COUNT);

    const tap = await readAudioTap(page);
    expect(tap.contexts).toBe(1);
    // One burst of sound per cue, none missing and none extra, each clearly audible.
    expect(tap.onsets).toHaveLength(cues.length);
    const [firstSound, ...laterSounds] = tap.onsets;
    // The night's first cue starts soft and rises, yet is clearly heard: a person with eyes
    // closed must not miss "get ready".
    expect(firstSound?.loudest ?? 0, 'the first cue is heard').toBeGreaterThan(0.01);
    expect(firstSound?.peak ?? 1, 'the first cue starts softer than it ends up').toBeLessThan(
      (firstSound?.loudest ?? 0) * 0.6,
    );
    // Every later cue is at full level from its first 10 ms.
    for (const onset of laterSounds) expect(onset.peak).toBeGreaterThan(0.01);
    const [first, ...rest] = await latenessAtOutput(page, cues);
    // The first cue starts the audio context, whose first frames go out as the device starts,
    // ahead of the steady pace the clock mapping is taken from: on paper up to one device buffer
    // before the tap that played it (8-15 ms seen). It cannot truly precede its own tap; the
    // next test holds it to 50 ms after.
    expect(first?.lateMs ?? Number.NaN).toBeGreaterThanOrEqual(
      -(MAPPING_SLACK_MS + tap.deviceBufferMs),
    );
    // Each sound leaves the graph within 50 ms of its deadline, less any delay in the page's
    // own timer: a busy shared machine can hold that back (player.spec pins the schedule under a
    // fake clock, and npm run bench measures real-time punctuality); the sound must add no more.
    for (const { cue, lateMs, askedLateMs } of rest) {
      const late = `${cue} left the audio graph ${lateMs} ms after its deadline, asked for ${askedLateMs} ms after it`;
      expect(lateMs, late).toBeGreaterThanOrEqual(-MAPPING_SLACK_MS);
      expect(lateMs - askedLateMs, late).toBeLessThanOrEqual(MAX_LATE_MS);
    }
    const lateness = rest.map((entry) => entry.lateMs).sort((a, b) => a - b);
    expect(lateness[Math.floor(lateness.length / 2)]).toBeLessThanOrEqual(MAX_LATE_MS);
  });

  test('the first cue sounds within 50 ms of the tap that starts the routine', async ({ page }) => {
    // The tones are decoded ahead (at idle); the tap only makes the audio context and plays.
    await offerShortRoutine(page);
    // A person taps once the app has settled; on a busy machine the idle decode can still be
    // running when Resume shows, so wait for it (a tap before it sounds when it is done).
    await expect
      .poll(() =>
        page.evaluate((mark) => performance.getEntriesByName(mark).length, CUES_READY_MARK),
      )
      .toBe(1);
    await page.getByRole('button', { name: 'Resume' }).click();
    await expect(page.getByRole('timer', { name: 'Seconds left' })).toBeVisible();
    await expect.poll(async () => (await readAudioTap(page)).onsets.length).toBe(1);
    const [first] = await latenessAtOutput(page, (await playedCues(page)).slice(0, 1));
    expect(first?.lateMs ?? Number.NaN).toBeLessThanOrEqual(MAX_LATE_MS);
  });

  test('with Soft sounds off, the cues keep time and no sound reaches the output', async ({
    page,
  }) => {
    await page.goto('/#/settings');
    const sounds = page.getByRole('checkbox', { name: 'Soft sounds' });
    await sounds.uncheck();
    await expectSettingsSaved(page, { sound: false });
    await page.reload();
    await expect(sounds).not.toBeChecked();

    await offerShortRoutine(page);
    await page.getByRole('button', { name: 'Resume' }).click();
    // Through get ready, a hold, its 3-2-1 and the rest, and a moment for any sound to come out.
    await expect
      .poll(async () => cueNames(await playedCues(page)), { timeout: 15_000 })
      .toEqual(['get-ready', 'hold-start', 'countdown3', 'countdown2', 'countdown1', 'rest']);
    await settleAudioTap(page);
    const tap = await readAudioTap(page);
    expect(tap.contexts).toBe(1);
    expect(tap.onsets).toEqual([]);
    expect(tap.peak).toBe(0);
  });
});

/** Records what the app hands to the speech engine, the vibrator, the screen lock and the lock screen. */
async function recordPlatformCalls(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const calls = {
      spoken: [] as string[],
      vibrations: [] as (number | number[])[],
      wakeLocks: [] as WakeLockSentinel[],
      wakeLockRequests: 0,
    };
    const handlers: Partial<Record<MediaSessionAction, MediaSessionActionHandler | null>> = {};
    Object.assign(window, { __calls: calls, __mediaHandlers: handlers });

    const speak = speechSynthesis.speak.bind(speechSynthesis);
    speechSynthesis.speak = (utterance) => {
      // The empty utterance is iOS's unlock inside the Start tap: nothing is heard.
      if (utterance.text !== '') calls.spoken.push(utterance.text);
      speak(utterance);
    };
    navigator.vibrate = (pattern) => {
      calls.vibrations.push(typeof pattern === 'number' ? pattern : [...pattern]);
      return true;
    };
    const request = navigator.wakeLock.request.bind(navigator.wakeLock);
    navigator.wakeLock.request = async (type) => {
      calls.wakeLockRequests += 1;
      const sentinel = await request(type);
      calls.wakeLocks.push(sentinel);
      return sentinel;
    };
    const setActionHandler = navigator.mediaSession.setActionHandler.bind(navigator.mediaSession);
    navigator.mediaSession.setActionHandler = (action, handler) => {
      handlers[action] = handler;
      setActionHandler(action, handler);
    };
  });
}

interface PlatformCalls {
  spoken: string[];
  vibrations: (number | number[])[];
  wakeLockRequests: number;
  wakeLocksHeld: number;
}

function platformCalls(page: Page): Promise<PlatformCalls> {
  return page.evaluate(() => {
    const calls = (
      window as unknown as {
        __calls: Omit<PlatformCalls, 'wakeLocksHeld'> & { wakeLocks: WakeLockSentinel[] };
      }
    ).__calls;
    return {
      spoken: calls.spoken,
      vibrations: calls.vibrations,
      wakeLockRequests: calls.wakeLockRequests,
      wakeLocksHeld: calls.wakeLocks.filter((sentinel) => !sentinel.released).length,
    };
  });
}

/** Quick wind-down from Start to its first side switch (get ready 8 s, hold 30 s). */
async function playToFirstSwitch(page: Page): Promise<void> {
  await startRoutine(page, 'Quick wind-down');
  await page.clock.runFor(38_500);
  await expect(page.getByText('Right leg', { exact: true })).toBeVisible();
}

async function turnOff(page: Page, names: string[]): Promise<void> {
  await page.getByRole('link', { name: 'Settings' }).click();
  for (const name of names) await page.getByRole('checkbox', { name }).uncheck();
  await page.getByRole('link', { name: 'Home' }).click();
}

test.describe('speech and vibration', () => {
  test.beforeEach(async ({ page }) => {
    await recordPlatformCalls(page);
    await openHomeWithFrozenClock(page);
  });

  test('with voice and vibration on, each change is spoken and felt', async ({ page }) => {
    await playToFirstSwitch(page);
    const { spoken, vibrations } = await platformCalls(page);
    expect(spoken).toEqual([
      'Quick wind-down. Gently, never into pain. First, Wall calf stretch, left leg. Get ready.',
      'Wall calf stretch, left leg. Hold for 30 seconds.',
      'Switch to the right leg. Get ready.',
    ]);
    // get ready, hold, 3-2-1, switch sides.
    expect(vibrations).toEqual([[120], [300], [40], [40], [40], [80, 100, 80, 100, 80]]);
  });

  test('with voice and vibration off, nothing is said or buzzed', async ({ page }) => {
    await turnOff(page, ['Spoken prompts', 'Vibrate at each change']);
    await playToFirstSwitch(page);
    expect(cueNames(await playedCues(page))).toContain('switch-side');
    const { spoken, vibrations } = await platformCalls(page);
    expect(spoken).toEqual([]);
    expect(vibrations).toEqual([]);
  });
});

test('the screen lock is taken at Start and taken again after the phone was locked', async ({
  page,
}) => {
  await recordPlatformCalls(page);
  await openHomeWithFrozenClock(page);
  await startRoutine(page, 'Quick wind-down');
  await expect
    .poll(() => platformCalls(page))
    .toMatchObject({
      wakeLockRequests: 1,
      wakeLocksHeld: 1,
    });

  // Locking the phone hides the page and the browser lets go of the lock by itself.
  await setPageVisible(page, false);
  await page.evaluate(() =>
    Promise.all(
      (window as unknown as { __calls: { wakeLocks: WakeLockSentinel[] } }).__calls.wakeLocks.map(
        (sentinel) => sentinel.release(),
      ),
    ),
  );
  await page.clock.runFor(5_000);
  expect(await platformCalls(page)).toMatchObject({ wakeLockRequests: 1, wakeLocksHeld: 0 });

  await setPageVisible(page, true);
  await expect
    .poll(() => platformCalls(page))
    .toMatchObject({
      wakeLockRequests: 2,
      wakeLocksHeld: 1,
    });
});

test('the lock screen and headphone buttons pause, resume, skip and go back', async ({ page }) => {
  await recordPlatformCalls(page);
  await openHomeWithFrozenClock(page);
  await startRoutine(page, 'Quick wind-down');
  const press = (action: MediaSessionAction) =>
    page.evaluate((name) => {
      const handlers = (
        window as unknown as { __mediaHandlers: Record<string, (() => void) | null> }
      ).__mediaHandlers;
      const handler = handlers[name];
      if (!handler) throw new Error(`no handler for ${name}`);
      handler();
    }, action);
  const heading = page.getByRole('heading', { level: 1 });
  const timer = page.getByRole('timer', { name: 'Seconds left' });

  await page.clock.runFor(2_000);
  await press('pause');
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await expect(timer).toHaveText('6');
  await page.clock.runFor(3_000);
  await expect(timer).toHaveText('6');

  await press('play');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.clock.runFor(1_000);
  await expect(timer).toHaveText('5');

  await press('nexttrack');
  await expect(heading).toHaveText('Wall calf stretch');
  await expect(page.getByText('Right leg', { exact: true })).toBeVisible();
  await press('nexttrack');
  await expect(heading).toHaveText('Seated hamstring stretch');
  await expect(page.getByText('Left leg', { exact: true })).toBeVisible();

  await press('previoustrack');
  await expect(heading).toHaveText('Wall calf stretch');
  await expect(page.getByText('Right leg', { exact: true })).toBeVisible();
});
