import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A private PulseAudio with a null sink: the machine has no sound card, and without a sound
 * server Firefox's AudioContext never runs. Returns the PULSE_SERVER value for the browsers.
 */
export async function startSoundServer(): Promise<{ server: string; stop(): void } | null> {
  const home = mkdtempSync(join(tmpdir(), 'nightstretch-pulse-'));
  const socket = join(home, 'native');
  const child: ChildProcess = spawn(
    'pulseaudio',
    [
      '--daemonize=no',
      '--exit-idle-time=-1',
      '--disallow-exit',
      '--use-pid-file=no',
      '--disable-shm',
      '-n',
      '--load=module-null-sink sink_name=nightstretch',
      `--load=module-native-protocol-unix socket=${socket} auth-anonymous=1`,
    ],
    {
      env: { ...process.env, HOME: home, PULSE_RUNTIME_PATH: home, XDG_RUNTIME_DIR: home },
      stdio: 'ignore',
    },
  );
  child.on('error', () => {});
  const deadline = Date.now() + 5_000;
  while (!existsSync(socket) && child.exitCode === null && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const stop = () => {
    child.kill('SIGTERM');
    rmSync(home, { recursive: true, force: true });
  };
  if (!existsSync(socket)) {
    stop();
    return null;
  }
  return { server: `unix:${socket}`, stop };
}
