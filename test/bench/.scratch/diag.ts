import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchProfile } from '../../e2e/harness';
import { mergeEdits } from '../../../shared/domain/derive';
import { CCHC_TEMPLATE } from '../../../shared/templates';
import { FULL, generateInspection } from '../generator';
import { buildPackages } from '../packages';
import { buildSite } from '../site';

const li = generateInspection(FULL);
const pkgs = buildPackages(li).slice(0, 1);
const edits = mergeEdits(...li.byMember);
const work = await mkdtemp(join(tmpdir(), 'tkt-diag-'));
const site = await buildSite(work, '/tmp/tkt-dist-bench-nomin', edits, pkgs);
const { context } = await launchProfile();
const bench = await context.newPage();
await bench.goto(`${site.large.url}__bench/index.html`);
await bench.waitForFunction(() => document.title === 'bench ready');
await bench.evaluate(([u, id, me]) => (window as any).tktBench.seed(u, id, me), [`${site.large.url}__bench/edits.json`, li.inspectionId, li.members[0].id] as const);
await bench.close();

async function profile(label: string, url: string, ready: string) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  await page.goto(url);
  await page.locator(ready).first().waitFor({ timeout: 120_000 });
  const readyMs = Date.now() - t0;
  await page.waitForTimeout(3000);
  const { profile: p } = (await cdp.send('Profiler.stop')) as any;
  const self = new Map<string, number>();
  const idx = new Map<number, any>(p.nodes.map((n: any) => [n.id, n]));
  p.samples.forEach((s: number, i: number) => {
    const n = idx.get(s); const k = `${n.callFrame.functionName || '(anon)'} :${n.callFrame.lineNumber}`;
    self.set(k, (self.get(k) ?? 0) + p.timeDeltas[i] / 1000);
  });
  console.log(`== ${label}: ready in ${readyMs} ms; top self time in the ${readyMs + 3000} ms window`);
  [...self].sort((a, b) => b[1] - a[1]).slice(0, 22).forEach(([k, v]) => console.log(v.toFixed(0).padStart(7), k));
  return page;
}
const checklist = await profile('checklist', `${site.large.url}#/i/${li.inspectionId}/checklist/${li.units[0].id}/${CCHC_TEMPLATE.sections[0].id}`, 'main article.item textarea');
await checklist.close();
const report = await profile('report', `${site.large.url}#/i/${li.inspectionId}/report`, 'article.report-paper .rp-title');
await report.emulateMedia({ media: 'print' });
const t = Date.now();
const pdf = await report.pdf({ preferCSSPageSize: true, printBackground: true });
console.log('pdf ms', Date.now() - t, 'bytes', pdf.length);
const fs = await import('node:fs');
fs.writeFileSync('/tmp/bench-scratch/report.pdf', pdf);
const counts = await report.evaluate(() => ({ parts: document.querySelectorAll('.rp-part').length, paras: document.querySelectorAll('.rp-p').length, editors: document.querySelectorAll('textarea').length, textareaChars: [...document.querySelectorAll('textarea')].reduce((n, t) => n + (t as HTMLTextAreaElement).value.length, 0) }));
console.log(counts);
await context.close();
await site.close();
