// The engine suite: the core journeys in Firefox and WebKit, against the production build.
// Usage: npm run test:engines [-- firefox webkit webkit-profile] [-- --grep words]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StaticServer } from '../e2e/support/staticServer';
import { openFirefox } from './firefox/driver';
import { JOURNEYS, type JourneyContext, Skip } from './journeys';
import type { EnginePage } from './page';
import { ENGINES, type EngineNeeds } from './requirements';
import { startSoundServer } from './soundServer';
import { openWebKit } from './webkit/driver';
import { openWebKitProfile } from './webkit/profileDriver';

interface Result {
  engine: string;
  name: string;
  status: 'passed' | 'failed' | 'skipped';
  ms: number;
  error?: string;
}

const args = process.argv.slice(2);
const grepAt = args.indexOf('--grep');
const grep = grepAt >= 0 ? args.splice(grepAt, 2)[1] : undefined;
const chosen = args.length > 0 ? ENGINES.filter((needs) => args.includes(needs.engine)) : ENGINES;
// After Playwright has finished, its PORT is free again: the engines reuse it (and PORT + 1).
const port = Number(process.env.ENGINES_PORT ?? process.env.PORT ?? 4321);
const ci = process.env.CI === 'true';
const results: Result[] = [];
const started = Date.now();

if (!existsSync('dist/index.html')) {
  console.error('engines: no production build in dist/: run `npm run build` first.');
  process.exit(1);
}

async function open(needs: EngineNeeds, pulse: string | null): Promise<EnginePage> {
  if (needs.engine === 'firefox') return openFirefox(pulse);
  if (needs.engine === 'webkit') return openWebKit(port + 1, pulse);
  return openWebKitProfile(pulse);
}

async function runEngine(needs: EngineNeeds, server: StaticServer, pulse: string | null) {
  const journeys = JOURNEYS.filter((journey) => !grep || journey.name.includes(grep));
  const missing = needs.missing();
  if (missing.length > 0) {
    const line = `${needs.title}: missing ${missing.join(', ')}. Install with: ${needs.install}`;
    for (const journey of journeys) {
      results.push({
        engine: needs.engine,
        name: journey.name,
        status: ci ? 'failed' : 'skipped',
        ms: 0,
        error: line,
      });
    }
    console.log(ci ? `✗ ${line} (CI=true: a missing engine fails)` : `- skipped ${line}`);
    return;
  }
  console.log(`${needs.title}`);
  let page: EnginePage;
  try {
    page = await open(needs, pulse);
  } catch (error) {
    const message = `could not start: ${String(error)}`;
    console.log(`  ✗ ${message}`);
    for (const journey of journeys) {
      results.push({
        engine: needs.engine,
        name: journey.name,
        status: 'failed',
        ms: 0,
        error: message,
      });
    }
    return;
  }
  const context: JourneyContext = {
    page,
    server,
    port,
    engine: needs.engine,
    audio: pulse !== null && needs.engine === 'firefox',
  };
  try {
    for (const journey of journeys) {
      const begun = Date.now();
      try {
        await journey.run(context);
        results.push({
          engine: needs.engine,
          name: journey.name,
          status: 'passed',
          ms: Date.now() - begun,
        });
        console.log(`  ✓ ${journey.name} (${((Date.now() - begun) / 1000).toFixed(1)} s)`);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (error instanceof Skip) {
          results.push({
            engine: needs.engine,
            name: journey.name,
            status: 'skipped',
            ms: 0,
            error: message,
          });
          console.log(`  - ${journey.name}: ${message}`);
          continue;
        }
        results.push({
          engine: needs.engine,
          name: journey.name,
          status: 'failed',
          ms: Date.now() - begun,
          error: message,
        });
        console.log(`  ✗ ${journey.name}\n      ${message.split('\n').join('\n      ')}`);
      }
    }
  } finally {
    await page.close();
  }
}

const server = new StaticServer(join(process.cwd(), 'dist'));
await server.start(port);
const firefoxRuns = chosen.some((needs) => needs.engine === 'firefox' && !needs.missing().length);
const sound = firefoxRuns ? await startSoundServer() : null;
if (firefoxRuns && !sound)
  console.log('- pulseaudio did not start: the first-cue check cannot listen');
try {
  for (const needs of chosen) await runEngine(needs, server, sound?.server ?? null);
} finally {
  sound?.stop();
  await server.stop();
}

const count = (status: Result['status']) => results.filter((r) => r.status === status).length;
mkdirSync('reports', { recursive: true });
writeFileSync(
  'reports/engines.json',
  `${JSON.stringify({ passed: count('passed'), failed: count('failed'), skipped: count('skipped'), seconds: Math.round((Date.now() - started) / 1000), results }, null, 2)}\n`,
);
console.log(
  `engines: ${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped in ${Math.round((Date.now() - started) / 1000)} s`,
);
process.exit(count('failed') > 0 ? 1 : 0);
