#!/usr/bin/env node
// `npm run bench [-- --quick] [-- --out file.json]`: bundles the TypeScript
// bench (test/bench/main.ts) with esbuild into node_modules/.cache, so its
// dependencies resolve from the project, then runs it in Node with the
// garbage collector exposed (figures are measured after a collection).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outfile = join(root, 'node_modules/.cache/tkt-bench/main.mjs');

await build({
  entryPoints: [join(root, 'test/bench/main.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile,
  logLevel: 'warning',
});

const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', outfile, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, TKT_BENCH_ROOT: root },
});
process.exit(r.status ?? 1);
