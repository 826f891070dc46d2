import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { COLLECT_ERRORS, type EnginePage, helper, literal } from '../page';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Firefox ESR over WebDriver BiDi (puppeteer-core; Playwright cannot drive Debian's Firefox).
 * Classic scrollbars that take width from the page, as on a desktop or an older Android.
 */
export async function openFirefox(pulseServer: string | null): Promise<EnginePage> {
  const profile = mkdtempSync(join(tmpdir(), 'nightstretch-firefox-'));
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profile,
    defaultViewport: { width: 390, height: 844 },
    env: { ...process.env, ...(pulseServer ? { PULSE_SERVER: pulseServer } : {}) },
    extraPrefsFirefox: {
      'widget.gtk.overlay-scrollbars.enabled': false,
      'layout.css.scrollbar-width-thin.disabled': true,
      // Sound needs no gesture of ours: the journeys tap Start with a real pointer click anyway.
      'media.autoplay.default': 0,
    },
  });
  const page: Page = (await browser.pages())[0] ?? (await browser.newPage());
  await page.setViewport({ width: 390, height: 844 });
  await page.evaluateOnNewDocument(COLLECT_ERRORS);

  const firefox: EnginePage = {
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    async reload() {
      await page.reload({ waitUntil: 'load' });
    },
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    async click(role, name) {
      const point = await helper<{ x: number; y: number } | null>(
        firefox,
        `point(${JSON.stringify(role)}, ${literal(name)})`,
      );
      if (!point) throw new Error(`no ${role} "${String(name)}" to click`);
      await page.mouse.click(point.x, point.y);
    },
    async screenshot(path) {
      await page.screenshot({ path: path as `${string}.png` });
    },
    consoleErrors: () => page.evaluate('window.__enginesErrors ?? []') as Promise<string[]>,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return firefox;
}
