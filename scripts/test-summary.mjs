// Prints one plain line counting unit and browser tests together, from the JSON reports.
import { existsSync, readFileSync } from 'node:fs';

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);
let passed = 0;
let failed = 0;

// Unit tests, then the checks over the production build (both Vitest).
for (const unit of [read('reports/unit.json'), read('reports/dist.json')]) {
  if (!unit) continue;
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
}

// The import rules (scripts/check-imports.mjs): one count per rule.
const imports = read('reports/imports.json');
if (imports) {
  passed += imports.passed ?? 0;
  failed += imports.failed ?? 0;
}

const e2e = read('reports/e2e.json');
if (e2e) {
  passed += e2e.stats?.expected ?? 0;
  failed += (e2e.stats?.unexpected ?? 0) + (e2e.stats?.flaky ?? 0);
}

// A step that failed before any test ran (lint, types, build) still counts as a failure.
const exitCode = Number(process.argv[2] ?? 0);
if (exitCode !== 0 && failed === 0) failed = 1;
console.log(`tests: ${passed} passed, ${failed} failed`);
