/**
 * `npm run bench`: generate the large inspection and its eight packages, then
 * measure the figures (merge, import, report, start-up, typing, memory, and
 * the leader's journey: Báo cáo, Tổng hợp đoàn, eight packages previewed),
 * print them as a table and write them as JSON. `--quick` (or BENCH_QUICK=1)
 * does the same on a small fixture in well under a minute, for CI. `--only pdf`
 * measures the report PDF (figure 3b) alone, for work on the report.
 */
import { measureHostile } from './hostile-figures';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { mergeEdits } from '../../shared/domain/derive';
import { chromiumVersion, measureBrowser, measurePdfAlone } from './chromium';
import { missing, table, type BenchResult, type Figure } from './figures';
import { FULL, QUICK, generateInspection } from './generator';
import { measureDocx, measureMerge } from './node-figures';
import { buildPackages, sealPackages } from './packages';
import { buildSite } from './site';
import { ROOT } from './paths';

const root = ROOT;
const args = process.argv.slice(2);
const quick = args.includes('--quick') || process.env.BENCH_QUICK === '1';
const outArg = args.indexOf('--out');
const onlyArg = args.indexOf('--only');
const only = onlyArg >= 0 ? args[onlyArg + 1] : undefined;
const out = resolve(root, outArg >= 0 ? args[outArg + 1] : quick ? 'bench-results/bench-quick.json' : 'bench-results/bench.json');
const log = (line: string) => console.log(line);
/** The team passphrase of figure 1b. */
const BENCH_PASSPHRASE = 'đoàn kiểm tra 2025';

const ORDER = ['1', '1b', '2', '2b', '3a', '3b', '4', '4b', '5', '6', '6b', '6c', '7', '8', '9', '10', '11', '11b', '12', '12b'];

function buildRenderer(outDir: string): string {
  const given = process.env.TKT_DIST;
  if (given && existsSync(join(given, 'index.html'))) return given.replace(/\/$/, '');
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('vite build failed');
  return outDir;
}

async function main(): Promise<void> {
  const started = Date.now();
  const options = quick ? QUICK : FULL;
  const work = await mkdtemp(join(tmpdir(), 'tkt-bench-'));
  const figures: Figure[] = [];
  try {
    log(`Tự Kiểm Tra bench (${quick ? 'quick' : 'full'}): ${options.units} đơn vị, ${options.members} thành viên, ~${options.edits.toLocaleString('vi-VN')} bản ghi`);
    log('- tạo dữ liệu và các gói .tkt…');
    const li = generateInspection(options);
    const pkgs = buildPackages(li);
    const edits = mergeEdits(...li.byMember);

    if (only === 'pdf') {
      const dist = buildRenderer(join(work, 'dist'));
      const site = await buildSite(work, dist, edits, pkgs, li.byMember[0]);
      try {
        log('- báo cáo PDF…');
        log(table([await measurePdfAlone(site, li)]));
      } finally {
        await site.close();
      }
      return;
    }

    log('- gộp trong Node…');
    figures.push(await measureMerge(li, pkgs, 3));
    log('- gộp các gói đều mã hóa…');
    figures.push(await measureMerge(li, await sealPackages(buildPackages(li), BENCH_PASSPHRASE), 3, BENCH_PASSPHRASE));
    log('- báo cáo DOCX…');
    figures.push(await measureDocx(li, edits, 3));
    log('- kho tệp độc hại…');
    figures.push(...(await measureHostile()));

    log('- dựng giao diện và trang đo…');
    const dist = buildRenderer(join(work, 'dist'));
    const site = await buildSite(work, dist, edits, pkgs, li.byMember[0]);
    try {
      log('- đo trong Chromium…');
      figures.push(...(await measureBrowser(site, li, { startupRuns: quick ? 1 : 3, keyPresses: quick ? 20 : 50, keyIntervalMs: 120, log, photos: quick ? 20 : 200 })));
    } finally {
      await site.close();
    }

    const result: BenchResult = {
      mode: quick ? 'quick' : 'full',
      startedAt: new Date(started).toISOString(),
      durationMs: Date.now() - started,
      machine: { cpus: cpus().length, node: process.version, chromium: chromiumVersion() },
      fixture: { ...li.stats, units: options.units, members: options.members, packages: pkgs.length, packageBytes: pkgs.reduce((n, p) => n + p.bytes.length, 0) },
      figures: complete(figures),
    };
    log('');
    log(table(result.figures));
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, `${JSON.stringify(result, null, 2)}\n`);
    log(`\n→ ${out} (${Math.round(result.durationMs / 1000)} s)`);
  } finally {
    if (process.env.BENCH_KEEP !== '1') await rm(work, { recursive: true, force: true });
  }
}

/** Every figure present once, in order: one that could not run says so instead of vanishing. */
function complete(figures: Figure[]): Figure[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  return ORDER.map((id) => byId.get(id) ?? missing(id, `hình ${id}`, 'ms', '', 'không đo được'));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
