import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { COLLECT_ERRORS_PATH, type EnginePage, literal, withHelpers } from '../page';
import { spawnGroup, stopGroup } from './driver';

/** Debian's own Python: python3-gi lives there, not in a version manager's Python. */
export const SYSTEM_PYTHON = '/usr/bin/python3';
const HARNESS = fileURLToPath(new URL('./profile_harness.py', import.meta.url));

/**
 * Security messages WebKit prints (a CSP directive it refuses or does not know). Script errors
 * are collected inside each document instead (collectErrors.js), so a load cut short by a reload
 * is not counted against the next page.
 */
const SECURITY_LINE = /^CONSOLE SECURITY (ERROR|WARNING)|Refused to/;

/**
 * WebKitGTK with an on-disk profile, like Safari's: the Python harness in profile_harness.py,
 * under xvfb-run, at 390x844, with every console message.
 */
export async function openWebKitProfile(pulseServer: string | null): Promise<EnginePage> {
  const profile = mkdtempSync(join(tmpdir(), 'nightstretch-webkit-profile-'));
  const env = { ...process.env, ...(pulseServer ? { PULSE_SERVER: pulseServer } : {}) };
  const child = spawnGroup(
    'xvfb-run',
    ['-a', SYSTEM_PYTHON, HARNESS, profile, COLLECT_ERRORS_PATH],
    env,
  );
  // WebKit writes console messages to stderr, among GTK's own warnings.
  const consoleLines: string[] = [];
  const stderr: string[] = [];
  for (const output of [child.stdout, child.stderr]) {
    createInterface({ input: output as Readable }).on('line', (line) => {
      consoleLines.push(line);
      if (output === child.stderr) stderr.push(line);
    });
  }

  type Answer = { id: number | string; value?: unknown; error?: string };
  const waiting = new Map<number | string, (answer: Answer) => void>();
  createInterface({ input: child.stdio[3] as Readable }).on('line', (line) => {
    const answer = JSON.parse(line) as Answer;
    waiting.get(answer.id)?.(answer);
    waiting.delete(answer.id);
  });
  let lastId = 0;
  const exited = new Promise<never>((_, reject) => {
    child.on('exit', (code) =>
      reject(new Error(`the WebKit harness exited (${code}): ${stderr.slice(-5).join('\n')}`)),
    );
  });
  exited.catch(() => {});
  const send = async <T>(command: Record<string, unknown>, timeoutMs = 20_000): Promise<T> => {
    const id = ++lastId;
    const answer = new Promise<Answer>((resolve) => waiting.set(id, resolve));
    (child.stdin as Writable).write(`${JSON.stringify({ id, ...command })}\n`);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`WebKit harness: no answer to ${Object.keys(command)[0]}`)),
        timeoutMs,
      );
    });
    try {
      const result = await Promise.race([answer, exited, timeout]);
      if (result.error !== undefined) throw new Error(result.error);
      return result.value as T;
    } finally {
      clearTimeout(timer);
    }
  };
  // The harness says "ready" once its window is up.
  await new Promise<void>((resolve, reject) => {
    waiting.set('ready', (answer) => (answer.error ? reject(new Error(answer.error)) : resolve()));
    exited.catch(reject);
  });

  return {
    async goto(url) {
      await send({ goto: url });
    },
    async reload() {
      await send({ reload: true });
    },
    evaluate: (expression) => send({ eval: expression }),
    async click(role, name) {
      const clicked = await send<boolean>({
        eval: withHelpers(`window.__engines.click(${JSON.stringify(role)}, ${literal(name)})`),
      });
      if (!clicked) throw new Error(`no ${role} "${String(name)}" to click`);
    },
    async screenshot(path) {
      await send({ screenshot: path });
    },
    consoleErrors: async () => [
      ...consoleLines.filter((line) => SECURITY_LINE.test(line)),
      ...((await send<string[] | null>({ eval: 'window.__enginesErrors ?? []' })) ?? []),
    ],
    async close() {
      await send({ quit: true }, 5_000).catch(() => {});
      stopGroup(child);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
