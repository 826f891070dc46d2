import { readFileSync } from 'node:fs';

/** What a journey needs from a browser; each engine's driver implements it. */
export interface EnginePage {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Evaluates a JavaScript expression in the page (a promise is awaited); JSON comes back. */
  evaluate<T>(expression: string): Promise<T>;
  /** A real pointer click where the driver has one, else the element's click(). */
  click(role: string, name: string | RegExp): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Console errors and uncaught exceptions so far, or null where the driver cannot see them. */
  consoleErrors(): Promise<string[] | null>;
  close(): Promise<void>;
}

const INPAGE = readFileSync(new URL('./inpage.js', import.meta.url), 'utf8')
  .trim()
  .replace(/;$/, '');

/** An expression that first installs the role helpers (once per document), then runs `body`. */
/** Source of collectErrors.js, for drivers that run a script at the start of every document. */
export const COLLECT_ERRORS = readFileSync(new URL('./collectErrors.js', import.meta.url), 'utf8');
export const COLLECT_ERRORS_PATH = new URL('./collectErrors.js', import.meta.url).pathname;

export function withHelpers(body: string): string {
  return `(${INPAGE}, (${body}))`;
}

export function literal(name: string | RegExp): string {
  return name instanceof RegExp ? name.toString() : JSON.stringify(name);
}

export function helper<T>(page: EnginePage, call: string): Promise<T> {
  return page.evaluate<T>(withHelpers(`window.__engines.${call}`));
}

export async function waitFor<T>(
  page: EnginePage,
  expression: string,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      last = await page.evaluate<T>(withHelpers(truthyValue(expression)));
      if (last) return last as T;
    } catch (error) {
      // A navigation can swap the document under an evaluation: try again.
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what} (last: ${String(last)})`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Elements and other live objects don't cross to the driver: they come back as true. */
function truthyValue(expression: string): string {
  return `Promise.resolve(${expression}).then((value) =>
    value !== null && typeof value === 'object' && !Array.isArray(value) &&
    Object.getPrototypeOf(value) !== Object.prototype ? true : value)`;
}

/** Waits until an element with this role and accessible name is on screen. */
export function waitForRole(
  page: EnginePage,
  role: string,
  name: string | RegExp,
  timeoutMs?: number,
): Promise<unknown> {
  return waitFor(
    page,
    `window.__engines.one(${JSON.stringify(role)}, ${literal(name)}) !== null`,
    `${role} "${String(name)}"`,
    timeoutMs,
  );
}

/** The visible text of the page, squashed to single spaces. */
export function pageText(page: EnginePage): Promise<string> {
  return page.evaluate<string>("document.body.innerText.replace(/\\s+/g, ' ')");
}
