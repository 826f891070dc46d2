import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { JourneyContext } from './journeys';
import { type EnginePage, helper, pageText, waitFor, waitForRole } from './page';

// The steps the journeys are made of: open a screen, click, read what a person reads.

/** reports/ by default; `npm run screenshots:engines` writes docs/screenshots/engines/. */
export const SCREENSHOTS_DIR = join(
  process.cwd(),
  process.env.ENGINES_SCREENSHOTS_DIR ?? 'reports/screenshots/engines',
);

/** Thrown by a journey that cannot run in this engine; the report counts it as skipped. */
export class Skip extends Error {}

export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

export const home = (context: JourneyContext) => `http://localhost:${context.port}/`;

/** Opens a screen by its hash route; Home is '#/', so moving between screens never reloads. */
export async function open(context: JourneyContext, hash = '#/'): Promise<void> {
  await context.page.goto(`${home(context)}${hash}`);
  await waitForRole(context.page, 'heading', hash === '#/' ? 'Nightstretch' : /./, 15_000);
}

export async function click(context: JourneyContext, role: string, name: string | RegExp) {
  await waitForRole(context.page, role, name);
  await context.page.click(role, name);
}

export async function alerts(page: EnginePage): Promise<string[]> {
  return helper<string[]>(page, "texts('alert')");
}

export async function expectNoConsoleErrors(page: EnginePage): Promise<void> {
  const errors = await page.consoleErrors();
  check(errors === null || errors.length === 0, `console errors:\n${errors?.join('\n')}`);
}

export async function brokenLabels(page: EnginePage): Promise<string[]> {
  return helper<string[]>(page, 'brokenWords()');
}

export async function streakText(page: EnginePage): Promise<string> {
  // Home's streak card: one quiet line ("0 nights in a row · …") until there is a streak, then
  // the big number ("3 nights in a row"); either way its first paragraph says it.
  await waitFor(
    page,
    "/nights? in a row/.test(document.querySelector('.streak p')?.textContent ?? '')",
    'the streak',
  );
  return page.evaluate<string>(
    "document.querySelector('.streak p').textContent.replace(/\\s+/g, ' ').trim()",
  );
}

export async function screenshot(context: JourneyContext, screen: string): Promise<void> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  // The top of the screen, as a person first sees it, once painted.
  await context.page.evaluate(
    'new Promise((resolve) => { scrollTo(0, 0); requestAnimationFrame(() => setTimeout(resolve, 300)); })',
  );
  await context.page.screenshot(join(SCREENSHOTS_DIR, `${context.engine}-${screen}.png`));
}

/** Restores a backup file through History's file picker and confirms what it will add. */
export async function restoreBackup(context: JourneyContext, text: string): Promise<string> {
  await open(context, '#/history');
  await waitForRole(context.page, 'heading', 'History');
  const chosen = await helper<boolean>(
    context.page,
    `chooseFile('Restore from a backup file', 'nightstretch-backup.json', ${JSON.stringify(text)})`,
  );
  check(chosen, 'History has no "Restore from a backup file" picker');
  await waitForRole(context.page, 'heading', /^Backup from /);
  return pageText(context.page);
}
