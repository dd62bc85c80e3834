/**
 * The bench site: the built renderer plus the bench page and the fixture
 * files under /__bench/, served on 127.0.0.1. Two servers on the same folder
 * give two origins, so "blank" start-up runs against an empty IndexedDB in the
 * same browser as the large inspection.
 */
import { build } from 'esbuild';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveDist, type StaticServer } from '../e2e/harness';
import type { BenchPackage } from './packages';
import { ROOT } from './paths';
import type { Edit } from '../../shared/domain/edit';

export interface Site {
  dir: string;
  /** Origin holding the large inspection. */
  large: StaticServer;
  /** Same files, another origin: an empty database. */
  blank: StaticServer;
  packageUrls: string[];
  close(): Promise<void>;
}

const root = ROOT;

/** `leaderEdits`: what the leader's laptop holds before the packages come back (the set-up and the leader's own work). */
export async function buildSite(work: string, dist: string, edits: Edit[], pkgs: BenchPackage[], leaderEdits: Edit[]): Promise<Site> {
  const dir = join(work, 'site');
  await cp(dist, dir, { recursive: true });
  const benchDir = join(dir, '__bench');
  await mkdir(join(benchDir, 'pkg'), { recursive: true });
  await build({
    entryPoints: [join(root, 'test/bench/browser/page.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outfile: join(benchDir, 'page.js'),
    logLevel: 'warning',
    // renderer/src/db/exchange.ts reads the app version from package.json.
    loader: { '.json': 'json' },
  });
  await writeFile(join(benchDir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="./page.js"></script>\n');
  await writeFile(join(benchDir, 'edits.json'), JSON.stringify(edits));
  await writeFile(join(benchDir, 'leader.json'), JSON.stringify(leaderEdits));
  for (const p of pkgs) await writeFile(join(benchDir, 'pkg', p.fileName), p.bytes);
  const large = await serveDist(`${dir}/`);
  const blank = await serveDist(`${dir}/`);
  return {
    dir,
    large,
    blank,
    packageUrls: pkgs.map((p) => `${large.url}__bench/pkg/${p.fileName}`),
    close: async () => {
      await large.close();
      await blank.close();
    },
  };
}
