import { build } from 'esbuild';
import { mkdtemp, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchProfile, serveDist } from '../../e2e/harness';
import { mergeEdits } from '../../../shared/domain/derive';
import { FULL, generateInspection } from '../generator';
const li = generateInspection(FULL);
const edits = mergeEdits(...li.byMember);
const dir = await mkdtemp(join(tmpdir(), 'tkt-batch-'));
await build({ entryPoints: ['/work/main/test/bench/.scratch/batchpage.ts'], bundle: true, format: 'esm', outfile: join(dir, 'p.js'), logLevel: 'warning' });
await writeFile(join(dir, 'index.html'), '<script type="module" src="./p.js"></script>');
await writeFile(join(dir, 'e.json'), JSON.stringify(edits));
const s = await serveDist(dir + '/');
const { context } = await launchProfile();
const page = await context.newPage();
await page.goto(s.url + 'index.html'); await page.waitForFunction(() => document.title === 'ok');
const u = s.url + 'e.json';
for (const args of [[0], [500, true, false], [500, false, true], [2000, false, true], [5000, false, true], [0]] as any[]) {
  console.log(args[0] === 0 ? await page.evaluate((u) => (window as any).floor(u), u) : await page.evaluate(([u, a, b, c]) => (window as any).run(u, a, b, c), [u, ...args]));
}
await context.close(); await s.close();
