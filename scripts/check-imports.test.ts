import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const CHECK = join(import.meta.dirname, 'check-imports.mjs');
let root = '';

function project(files: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'imports-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function check(dir: string) {
  const run = spawnSync(process.execPath, [CHECK, dir], { encoding: 'utf8' });
  return { code: run.status, errors: run.stderr };
}

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the import rules check', () => {
  it('passes the app as it is laid out', () => {
    const run = spawnSync(process.execPath, [CHECK, join(import.meta.dirname, '..')], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('names the file and the import that break a rule', () => {
    const dir = project({
      'src/engine/streak.ts':
        "import { settings } from '../settings/settings';\nexport const a = settings;\n",
      'src/settings/settings.ts':
        "import { db } from '../storage/db';\nexport const settings = db;\n",
      'src/settings/Settings.tsx': "import { db } from '../storage/db';\nexport const S = db;\n",
      'src/home/Home.tsx': "import { x } from '../session/runtimeLoader';\nexport const H = x;\n",
      'src/session/runtimeLoader.ts': "export const x = () => import('./runtime');\n",
      'src/session/runtime.ts': "import { x } from './runtimeLoader';\nexport const y = x;\n",
      'src/storage/db.ts': "import { H } from '../home/Home';\nexport const db = H;\n",
    });
    const { code, errors } = check(dir);
    expect(code).toBe(1);
    expect(errors).toContain("src/engine/streak.ts imports '../settings/settings'");
    expect(errors).toContain("src/settings/Settings.tsx imports '../storage/db'");
    expect(errors).toContain("src/home/Home.tsx imports '../session/runtimeLoader'");
    expect(errors).toContain("src/storage/db.ts imports '../home/Home'");
    expect(errors).toMatch(/closing src\/session\/runtime(Loader)?\.ts -> /);
  });

  it('counts a file over 250 lines', () => {
    const dir = project({ 'src/ui/long.ts': 'export const a = 1;\n'.repeat(251) });
    expect(check(dir).errors).toContain('src/ui/long.ts has 251 lines');
  });
});
