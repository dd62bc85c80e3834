/**
 * Packages the app the way `npm run dist` would, for Linux as an unpacked
 * folder, offline: a stand-in file replaces the Electron binary (which this
 * machine does not have), so what is checked is electron-builder's own work —
 * the config loads and the allow-list decides what goes into app.asar.
 * The project is staged in a temp folder (fresh renderer and main bundles, the
 * real node_modules, sources linked in) so the shared dist/ is left alone.
 */
import { listPackage, extractFile } from '@electron/asar';
import { spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const electronVersion = (JSON.parse(await readFile(join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;

/** @electron/fuses' marker before the fuse wire in an Electron binary. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

let stage: string;
let entries: string[];
let asarPath: string;
let unpacked: string;

function run(cmd: string, args: string[], cwd: string): void {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
}

beforeAll(async () => {
  stage = await mkdtemp(join(tmpdir(), 'tkt-pack-'));
  const project = join(stage, 'project');
  const fakeElectron = join(stage, 'electron-dist');
  await mkdir(project);
  await mkdir(fakeElectron);
  // electron-builder copies this folder as the app and renames `electron` to the executable name.
  // It carries a fuse wire like the real binary (sentinel, version 1, eight fuses in Electron's
  // default states), so electron-builder's electronFuses really flip it and the test can read them back.
  await writeFile(join(fakeElectron, 'electron'), `#!/bin/sh\necho "stand-in for the Electron binary"\nexit 0\n${FUSE_SENTINEL}\x01\x0810110001\n`, 'latin1');
  await chmod(join(fakeElectron, 'electron'), 0o755);

  await copyFile(join(ROOT, 'package.json'), join(project, 'package.json'));
  for (const name of ['node_modules', 'build', 'renderer', 'shared', 'electron', 'test']) {
    if (existsSync(join(ROOT, name))) await symlink(join(ROOT, name), join(project, name), 'dir');
  }
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  run(process.execPath, [vite, 'build', '--outDir', join(project, 'dist/renderer'), '--emptyOutDir', '--logLevel', 'error'], ROOT);
  run(process.execPath, [join(ROOT, 'build/build-electron.mjs'), '--outdir', join(project, 'dist-electron')], ROOT);

  const builder = join(ROOT, 'node_modules/electron-builder/cli.js');
  run(
    process.execPath,
    [
      builder,
      '--linux',
      'dir',
      '--publish',
      'never',
      '--projectDir',
      project,
      '--config',
      join(ROOT, 'build/electron-builder.yml'),
      `-c.electronDist=${fakeElectron}`,
      `-c.electronVersion=${electronVersion}`,
      `-c.directories.output=${join(stage, 'release')}`,
    ],
    project,
  );
  unpacked = join(stage, 'release', 'linux-unpacked');
  asarPath = join(unpacked, 'resources', 'app.asar');
  entries = listPackage(asarPath, { isPack: false }).map((e) => e.replace(/\\/g, '/'));
}, 240_000);

afterAll(async () => {
  if (stage) await rm(stage, { recursive: true, force: true });
});

describe('packaged app (electron-builder --linux dir)', () => {
  it('produces an executable named after the app and an app.asar', () => {
    expect(existsSync(join(unpacked, 'tu-kiem-tra'))).toBe(true);
    expect(existsSync(asarPath)).toBe(true);
  });

  it('has the security checklist’s fuses flipped in the executable', async () => {
    const { getCurrentFuseWire, FuseV1Options } = await import('@electron/fuses');
    const wire = (await getCurrentFuseWire(join(unpacked, 'tu-kiem-tra'))) as unknown as Record<number, number>;
    const on = 0x31;
    const off = 0x30;
    expect({
      runAsNode: wire[FuseV1Options.RunAsNode],
      nodeOptions: wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
      inspect: wire[FuseV1Options.EnableNodeCliInspectArguments],
      cookieEncryption: wire[FuseV1Options.EnableCookieEncryption],
      onlyAsar: wire[FuseV1Options.OnlyLoadAppFromAsar],
      asarIntegrity: wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation],
    }).toEqual({ runAsNode: off, nodeOptions: off, inspect: off, cookieEncryption: on, onlyAsar: on, asarIntegrity: on });
  });

  it('contains the built renderer, the bundled main and preload, and package.json', () => {
    for (const f of ['/dist/renderer/index.html', '/dist-electron/main.cjs', '/dist-electron/preload.cjs', '/package.json']) {
      expect(entries, f).toContain(f);
    }
    expect(entries.some((e) => /^\/dist\/renderer\/assets\/.+\.js$/.test(e))).toBe(true);
  });

  it('leaves out sources, tests, configs and every node_modules', () => {
    const leaked = entries.filter((e) => /^\/(node_modules|renderer|shared|electron|test|src|build)(\/|$)/.test(e) || /\.(ts|tsx|map)$/.test(e));
    expect(leaked).toEqual([]);
    for (const dev of ['vitest', 'electron-builder', 'typescript', 'vite', 'playwright-core']) {
      expect(entries.some((e) => e.includes(`/node_modules/${dev}/`)), dev).toBe(false);
    }
  });

  it('starts from the bundled main, which needs nothing but Electron and Node built-ins', () => {
    const pkg = JSON.parse(extractFile(asarPath, 'package.json').toString('utf8')) as { main: string };
    expect(pkg.main).toBe('dist-electron/main.cjs');
    // The app ships no node_modules, so any other require() would crash at start-up.
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'electron']);
    for (const file of ['dist-electron/main.cjs', 'dist-electron/preload.cjs']) {
      const code = extractFile(asarPath, file).toString('utf8');
      const required = [...code.matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((m) => m[1]);
      expect(required.filter((r) => !builtins.has(r)), file).toEqual([]);
    }
    const preload = extractFile(asarPath, 'dist-electron/preload.cjs').toString('utf8');
    expect([...preload.matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((m) => m[1])).toEqual(['electron']);
  });
});
