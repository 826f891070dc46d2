import { expect, type Page } from '@playwright/test';

export interface LoggedCue {
  kind: string;
  stepIndex: number;
  count?: number;
  scheduledAt: number;
  playedAt: number;
}

/** A fixed evening, so every run sees the same clock. */
export const EVENING = new Date('2026-03-10T21:30:00').getTime();

/** Opens Home under Playwright's clock and stops time, so the test alone moves it. */
export async function openHomeWithFrozenClock(page: Page): Promise<void> {
  await page.clock.install({ time: EVENING });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Nightstretch' })).toBeVisible();
  // Home has read the nights (the clock still runs), so nothing it starts with waits on a tick.
  await expect(page.getByText('Loading your nights…')).toHaveCount(0);
  await page.clock.pauseAt(EVENING + 10_000);
}

export async function startRoutine(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: `Start ${name}` }).click();
  await expect(page.getByRole('timer', { name: 'Seconds left' })).toBeVisible();
}

export function playedCues(page: Page): Promise<LoggedCue[]> {
  return page.evaluate(() => window.__nightstretchCues ?? []);
}

export function droppedCues(page: Page): Promise<Omit<LoggedCue, 'playedAt'>[]> {
  return page.evaluate(() => window.__nightstretchDroppedCues ?? []);
}

export const cueNames = (cues: { kind: string; count?: number }[]): string[] =>
  cues.map((cue) => (cue.count ? `${cue.kind}${cue.count}` : cue.kind));

/** Pretends the phone was locked or another app came to the front, or the reverse. */
export async function setPageVisible(page: Page, visible: boolean): Promise<void> {
  await page.evaluate((isVisible) => {
    Object.defineProperty(document, 'visibilityState', {
      configurable: true,
      get: () => (isVisible ? 'visible' : 'hidden'),
    });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => !isVisible });
    document.dispatchEvent(new Event('visibilitychange'));
  }, visible);
}
