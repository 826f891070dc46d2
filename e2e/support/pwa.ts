import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Request, test } from '@playwright/test';

/** Resolves once a service worker controls the page (the first one claims it at once). */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 15_000,
  });
}

/** The name of the build the page runs (its <meta name="nightstretch-build">). */
export function buildNameOf(page: Page): Promise<string | null> {
  return page.locator('meta[name="nightstretch-build"]').getAttribute('content');
}

/** Every request the context makes, pages and service worker alike. */
export function recordRequests(context: BrowserContext): Request[] {
  const requests: Request[] = [];
  context.on('request', (request) => requests.push(request));
  return requests;
}

/** Network requests (http, https, ws) that went anywhere but `origin`. */
export function requestsLeavingOrigin(requests: Request[], origin: string): string[] {
  return requests
    .map((request) => request.url())
    .filter((url) => /^(https?|wss?):/.test(url) && new URL(url).origin !== origin);
}

/** Collects Content-Security-Policy violations the page reports. */
export async function watchCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const found: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = found;
    document.addEventListener('securitypolicyviolation', (event) => {
      found.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return () =>
    page.evaluate(
      () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
    );
}

/** Audio files of a build (dist/audio), as URL paths relative to the app. */
export function audioFilesOf(distDir: string): string[] {
  const directory = `${distDir}/audio`;
  return existsSync(directory) ? readdirSync(directory).map((name) => `audio/${name}`) : [];
}

/**
 * Runs `body` in a browser with a real (non-incognito) profile: Chromium refuses to judge
 * installability in the incognito-like contexts Playwright normally uses.
 */
export async function withProfile(
  name: string,
  body: (context: BrowserContext) => Promise<void>,
): Promise<void> {
  const use = test.info().project.use;
  const profile = mkdtempSync(join(tmpdir(), `nightstretch-${name}-`));
  const context = await chromium.launchPersistentContext(profile, {
    ...use.launchOptions,
    viewport: use.viewport ?? null,
    ...(use.baseURL ? { baseURL: use.baseURL } : {}),
  });
  try {
    await body(context);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
}
