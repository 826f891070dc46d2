import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Builder, type WebDriver, type WebElement } from 'selenium-webdriver';
import { type EnginePage, literal, withHelpers } from '../page';

export const WEBDRIVER_PATH = '/usr/bin/WebKitWebDriver';
const MINIBROWSER_DIRS = ['x86_64-linux-gnu', 'aarch64-linux-gnu'].map(
  (arch) => `/usr/lib/${arch}/webkit2gtk-4.1/MiniBrowser`,
);
export const MINIBROWSER_PATH = MINIBROWSER_DIRS.find((path) => existsSync(path)) ?? null;

/** Starts a command in its own process group, so stopping it stops xvfb-run's children too. */
export function spawnGroup(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(command, args, { detached: true, env, stdio: ['pipe', 'pipe', 'pipe', 'pipe'] });
}

export function stopGroup(child: ChildProcess): void {
  if (child.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * WebKitGTK's MiniBrowser in an automation session (WebKitWebDriver under xvfb-run), through
 * selenium-webdriver. Its storage lives in memory, and its window is at least 447 px wide.
 */
export async function openWebKit(
  driverPort: number,
  pulseServer: string | null,
): Promise<EnginePage> {
  const env = { ...process.env, ...(pulseServer ? { PULSE_SERVER: pulseServer } : {}) };
  const server = spawnGroup('xvfb-run', ['-a', WEBDRIVER_PATH, `--port=${driverPort}`], env);
  let driver: WebDriver;
  try {
    await waitForServer(`http://localhost:${driverPort}/status`, 15_000);
    driver = await new Builder()
      .usingServer(`http://localhost:${driverPort}`)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
      })
      .build();
    await driver.manage().window().setRect({ width: 390, height: 844 });
  } catch (error) {
    stopGroup(server);
    throw error;
  }

  const run = async <T>(expression: string): Promise<T> => {
    const result = (await driver.executeAsyncScript(
      `const done = arguments[arguments.length - 1];
       Promise.resolve().then(() => (${expression}))
         .then((value) => done({ value: value === undefined ? null : value }),
               (error) => done({ error: String(error && error.stack || error) }));`,
    )) as { value?: T; error?: string };
    if (result.error !== undefined) throw new Error(result.error);
    return result.value as T;
  };

  return {
    async goto(url) {
      await driver.get(url);
    },
    async reload() {
      await driver.navigate().refresh();
    },
    evaluate: run,
    async click(role, name) {
      const element = (await driver.executeScript(
        `return ${withHelpers(`window.__engines.one(${JSON.stringify(role)}, ${literal(name)})`)};`,
      )) as WebElement | null;
      if (!element) throw new Error(`no ${role} "${String(name)}" to click`);
      await driver.executeScript("arguments[0].scrollIntoView({ block: 'center' })", element);
      await element.click();
    },
    async screenshot(path) {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(path, Buffer.from(await driver.takeScreenshot(), 'base64'));
    },
    consoleErrors: async () => null,
    async close() {
      await driver.quit().catch(() => {});
      stopGroup(server);
    },
  };
}
