// Bundles the Electron main process and the preload script into dist-electron/.
// The preload must be one CommonJS file: a sandboxed preload cannot require
// anything but a few Electron modules.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['electron'], sourcemap: false, logLevel: 'warning' };
await build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: 'dist-electron/main.cjs' });
await build({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: 'dist-electron/preload.cjs' });
