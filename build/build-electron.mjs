// Bundles the Electron main process and the preload script into dist-electron/
// (or the folder given with --outdir, used by the packaging test).
// Both are single CommonJS files with every dependency inlined: a sandboxed
// preload cannot require anything but a few Electron modules, and the
// packaged app ships no node_modules (see build/electron-builder.yml).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const i = process.argv.indexOf('--outdir');
const outdir = i > 0 && process.argv[i + 1] ? resolve(process.argv[i + 1]) : join(root, 'dist-electron');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
  sourcemap: false,
  logLevel: 'warning',
  absWorkingDir: root,
};
await build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: join(outdir, 'main.cjs') });
await build({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: join(outdir, 'preload.cjs') });
