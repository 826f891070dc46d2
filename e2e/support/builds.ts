import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Where the browser tests put their extra production builds (git-ignored). */
export const BUILDS_DIR = join(process.cwd(), 'e2e-builds');

/**
 * Builds the app into e2e-builds/<name> with the given environment (BASE_PATH,
 * NIGHTSTRETCH_BUILD). Takes a few seconds; call it from beforeAll.
 */
export function buildApp(name: string, env: Record<string, string>): string {
  const outDir = join(BUILDS_DIR, name);
  execFileSync(
    'npx',
    ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      env: { ...process.env, ...env },
      stdio: 'pipe',
    },
  );
  return outDir;
}
