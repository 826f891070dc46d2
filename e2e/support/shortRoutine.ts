// A short routine with every kind of cue, left as an interrupted session so Home offers Resume:
// the tests that must run in real time (sound at the output) play it in 32 s instead of minutes.
import { expect, type Page } from '@playwright/test';
import { progressOf } from '../../src/engine/progress';
import type { Routine } from '../../src/engine/routine';
import { startSession } from '../../src/engine/session';
import { buildTimeline } from '../../src/engine/timeline';
import { writeKeyval } from './storage';

const SHORT_ROUTINE: Routine = {
  id: 'short-test',
  name: 'Short test routine',
  summary: 'Brief holds, for the browser tests.',
  steps: [
    {
      id: 'wall-calf-left',
      name: 'Wall calf stretch',
      instruction: 'Left foot back, heel down.',
      side: 'left',
      holdSeconds: 6,
      repetitions: 2,
      illustration: 'wall-calf',
    },
    {
      id: 'wall-calf-right',
      name: 'Wall calf stretch',
      instruction: 'Right foot back, heel down.',
      side: 'right',
      holdSeconds: 6,
      repetitions: 1,
      illustration: 'wall-calf',
    },
    {
      id: 'ankle-circles',
      name: 'Ankle circles',
      instruction: 'Draw slow circles with both feet.',
      side: 'both',
      holdSeconds: 6,
      repetitions: 1,
      illustration: 'ankle-circles',
    },
  ],
};

/**
 * get-ready 0, hold 2, 3-2-1 at 5-7, rest 8, hold 10, 3-2-1 at 13-15, switch 16, hold 18,
 * 3-2-1 at 21-23, next stretch 24, hold 26, 3-2-1 at 29-31, done 32 (seconds after the tap).
 */
export const SHORT_TIMELINE = buildTimeline(SHORT_ROUTINE, {
  readySeconds: 2,
  restSeconds: 2,
  switchSeconds: 2,
});
export const SHORT_CUE_COUNT = 21;

/** Opens Home with the short routine waiting to be resumed; the Resume tap starts it. */
export async function offerShortRoutine(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Streak' })).toBeVisible();
  const progress = progressOf(startSession(SHORT_TIMELINE, Date.now()).state, Date.now());
  await writeKeyval(page, 'activeSession', progress);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
}
