#!/usr/bin/env node
// `npm test`: builds the renderer, runs the unit tests and the browser tests,
// and ends with one plain line "N passed, N failed" over all of them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'test-results');
mkdirSync(out, { recursive: true });

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  return r.status ?? 1;
}

let buildFailed = 0;
if (process.env.TKT_SKIP_BUILD !== '1') {
  console.log('== Building the renderer ==');
  if (run('npx', ['vite', 'build', '--logLevel', 'warn']) !== 0) buildFailed = 1;
}

const suites = [
  { name: 'unit', config: 'vitest.config.ts' },
  { name: 'e2e', config: 'vitest.e2e.config.ts' },
];
let passed = 0;
let failed = buildFailed;
let skipped = 0;
for (const s of suites) {
  const file = join(out, `${s.name}.json`);
  console.log(`== ${s.name} tests ==`);
  const code = run('npx', ['vitest', 'run', '--config', s.config, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  if (!existsSync(file)) {
    console.error(`${s.name}: no results written (exit ${code})`);
    failed += 1;
    continue;
  }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  // A file that fails to load counts no test but fails the suite.
  const brokenFiles = (r.testResults ?? []).filter((t) => t.status === 'failed' && (t.assertionResults ?? []).length === 0).length;
  failed += brokenFiles;
  if (code !== 0 && r.numFailedTests === 0 && brokenFiles === 0) failed += 1;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
