/**
 * Figures measured in Chromium (Debian's, through playwright-core): import
 * into real IndexedDB against the bulkPut floor, start-up against a blank
 * app, typing latency, heap, and the report PDF. One persistent profile, so
 * IndexedDB is on disk as on a laptop (an incognito context keeps it in memory).
 */
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { CHROMIUM_PATH, launchProfile } from '../e2e/harness';
import { CCHC_TEMPLATE } from '../../shared/templates';
import { photoFigures } from './photo-figures';
import { judge, median, missing, percentile, type Figure } from './figures';
import type { LargeInspection } from './generator';
import type { Site } from './site';
import { measurePdf } from './pdf';
import { REPORT_READY, TEAM_READY, heapFigure, openFigure, openWatched, packagesPreviewFigure, reportTypingFigure } from './leader';

export interface BrowserOptions {
  startupRuns: number;
  keyPresses: number;
  /** Pause between key presses: a quick typist's pace, so autosaves happen between keys as they would. */
  keyIntervalMs: number;
  log: (line: string) => void;
  /** Photos in figure 11's results file. */
  photos?: number;
}

interface ImportResult {
  rows: number;
  ms: number;
  steps?: { checkMs: number; writeMs: number };
  ticks: { at: number; fraction: number }[];
  error?: string;
}

/** How the progress bar moved while records were written: reports, the longest still stretch, where it ended. */
function progressOf(imp: ImportResult): { calls: number; maxGapMs: number; lastFraction: number } {
  const start = imp.steps?.checkMs ?? 0;
  const at = [start, ...imp.ticks.map((t) => t.at), imp.ms];
  let maxGapMs = 0;
  for (let i = 1; i < at.length; i++) maxGapMs = Math.max(maxGapMs, at[i] - at[i - 1]);
  return { calls: imp.ticks.length, maxGapMs, lastFraction: imp.ticks.at(-1)?.fraction ?? 0 };
}

/** The first item's first control, visible and enabled: the checklist is usable. */
export const CHECKLIST_READY = 'main article.item :is(input, textarea, select)';
/** Anything to act on in the blank app's home page. */
export const BLANK_READY = 'main :is(button, a[href], input, textarea, select)';

/** Runs before the app's own scripts: records when `selector` first matches an enabled, visible element. */
function readinessScript(selector: string): string {
  return `(() => {
    const sel = ${JSON.stringify(selector)};
    const check = () => {
      const el = document.querySelector(sel);
      if (el && !el.disabled && el.getClientRects().length > 0) { window.__tktReady = performance.now(); return; }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })();`;
}

export function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

async function heapMb(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usage.usedSize / (1024 * 1024);
}

async function openTimed(context: BrowserContext, url: string, selector: string): Promise<{ page: Page; ms: number }> {
  const page = await context.newPage();
  await page.addInitScript(readinessScript(selector));
  await page.goto(url);
  await page.waitForFunction(() => (window as { __tktReady?: number }).__tktReady !== undefined, undefined, { timeout: 180_000, polling: 100 });
  const ms = await page.evaluate(() => (window as unknown as { __tktReady: number }).__tktReady);
  return { page, ms };
}

/** `preload`: the database already holds the set-up and the leader's own work (figure 2b). */
async function importFigure(page: Page, site: Site, li: LargeInspection, preload = false): Promise<Figure> {
  const editsUrl = `${site.large.url}__bench/edits.json`;
  const preloadUrl = preload ? `${site.large.url}__bench/leader.json` : undefined;
  const floorA = await page.evaluate((u) => (window as any).tktBench.floor(u), editsUrl);
  const imp: ImportResult = await page.evaluate(
    ([urls, id, pre]) => (window as any).tktBench.importPackages(urls, id, pre),
    [site.packageUrls, li.inspectionId, preloadUrl] as const,
  );
  const floorB = await page.evaluate((u) => (window as any).tktBench.floor(u), editsUrl);
  const floorRate = (floorA.rows / floorA.ms + floorB.rows / floorB.ms) * 500;
  const id = preload ? '2b' : '2';
  const name = preload
    ? `nhập ${site.packageUrls.length} gói vào máy đã có thiết lập và phần việc của trưởng đoàn`
    : `nhập ${site.packageUrls.length} gói vào IndexedDB (đường nhập thật của ứng dụng)`;
  const baseline = `sàn bulkPut theo lô như ứng dụng (${Math.round(floorRate).toLocaleString('vi-VN')} bản ghi/s)`;
  if (imp.error) return { ...missing(id, name, 'rec/s', '≥ 0,7× sàn', imp.error), baseline };
  const rate = imp.rows / (imp.ms / 1000);
  const ratio = rate / floorRate;
  const p = progressOf(imp);
  // "Throughout": reports keep coming while records are written, never a still bar for more than a second.
  const progressOk = p.calls >= 2 && p.lastFraction >= 0.99 && p.maxGapMs <= 1000;
  const s = imp.steps;
  const writeRatio = s ? imp.rows / (s.writeMs / 1000) / floorRate : NaN;
  return {
    id,
    name,
    value: rate,
    unit: 'rec/s',
    ratio,
    baseline,
    target: '≥ 0,7× sàn; tiến độ suốt quá trình',
    verdict: progressOk ? judge(ratio, 0.7, 'min') : 'không đạt',
    note:
      `${imp.rows.toLocaleString('vi-VN')} bản ghi trong ${Math.round(imp.ms)} ms = kiểm tra ${Math.round(s?.checkMs ?? 0)} ms + ghi ${Math.round(s?.writeMs ?? 0)} ms ` +
      `(riêng bước ghi: ${writeRatio.toLocaleString('vi-VN', { maximumFractionDigits: 2 })}× sàn); ` +
      `tiến độ khi ghi: ${p.calls} lần báo, lâu nhất ${Math.round(p.maxGapMs)} ms không đổi, kết thúc ở ${Math.round(p.lastFraction * 100)}%`,
  };
}

async function typingFigure(page: Page, opts: BrowserOptions): Promise<Figure> {
  const name = 'gõ phím → chữ hiện trên phiếu (p95)';
  const target = page.locator('main article.item textarea').first();
  await target.click();
  await page.keyboard.press('End');
  await page.evaluate(() => {
    const w = window as unknown as { __tktTyping: number[] };
    w.__tktTyping = [];
    let down = 0;
    const pending: number[] = [];
    const channel = new MessageChannel();
    // A message posted from requestAnimationFrame runs after that frame is painted.
    channel.port1.onmessage = () => w.__tktTyping.push(performance.now() - (pending.shift() ?? 0));
    document.addEventListener('keydown', (e) => (down = e.timeStamp), true);
    document.addEventListener(
      'input',
      () => {
        const start = down;
        requestAnimationFrame(() => {
          pending.push(start);
          channel.port2.postMessage(0);
        });
      },
      true,
    );
  });
  const text = ' kiem tra ho so dung han va cong khai thu tuc hanh chinh';
  for (let i = 0; i < opts.keyPresses; i++) {
    const t0 = Date.now();
    await page.keyboard.type(text[i % text.length]);
    await page.waitForFunction((n) => (window as unknown as { __tktTyping: number[] }).__tktTyping.length >= n, i + 1, { timeout: 30_000, polling: 5 });
    const rest = opts.keyIntervalMs - (Date.now() - t0);
    if (rest > 0) await page.waitForTimeout(rest);
  }
  const samples: number[] = await page.evaluate(() => (window as unknown as { __tktTyping: number[] }).__tktTyping);
  const p95 = percentile(samples, 95);
  await page.waitForTimeout(1500); // let the last autosave land before the page goes
  return {
    id: '5',
    name,
    value: p95,
    unit: 'ms',
    target: '≤ 50 ms',
    verdict: judge(p95, 50, 'max'),
    note: `${samples.length} phím, cách nhau ${opts.keyIntervalMs} ms; trung vị ${Math.round(median(samples))} ms, lớn nhất ${Math.round(Math.max(...samples))} ms`,
  };
}

export async function measureBrowser(site: Site, li: LargeInspection, opts: BrowserOptions): Promise<Figure[]> {
  const { context, userDataDir } = await launchProfile();
  const figures: Figure[] = [];
  const guard = async (fallback: () => Figure, fn: () => Promise<Figure | Figure[]>) => {
    try {
      const f = await fn();
      figures.push(...(Array.isArray(f) ? f : [f]));
    } catch (e) {
      const f = fallback();
      figures.push({ ...f, note: `lỗi: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}` });
    }
  };
  try {
    const bench = await context.newPage();
    await bench.goto(`${site.large.url}__bench/index.html`);
    await bench.waitForFunction(() => document.title === 'bench ready');
    opts.log('  nhập vào IndexedDB…');
    await guard(() => missing('2', 'nhập vào IndexedDB', 'rec/s', '≥ 0,7× sàn', ''), () => importFigure(bench, site, li));
    await guard(() => missing('2b', 'nhập vào máy đã có dữ liệu của trưởng đoàn', 'rec/s', '≥ 0,7× sàn', ''), () => importFigure(bench, site, li, true));
    opts.log('  xuất và nhập gói có ảnh…');
    const photos = opts.photos ?? 200;
    await guard(() => missing('11', `xuất kết quả có ${photos} ảnh`, 'ms', '≤ 10 s', ''), () => photoFigures(bench, photos));
    opts.log('  nạp cuộc kiểm tra lớn vào hồ sơ trình duyệt…');
    await bench.evaluate(([u, id, me]) => (window as any).tktBench.seed(u, id, me), [`${site.large.url}__bench/edits.json`, li.inspectionId, li.members[0].id] as const);
    await bench.close();

    const unitId = li.units[0].id;
    const checklistUrl = `${site.large.url}#/i/${li.inspectionId}/checklist/${unitId}/${CCHC_TEMPLATE.sections[0].id}`;
    let page: Page | undefined;
    opts.log('  khởi động…');
    await guard(
      () => missing('4', 'khởi động đến phiếu kiểm tra dùng được', 'ms', '≤ 1,5× trang trống', ''),
      async () => {
        const blank: number[] = [];
        const large: number[] = [];
        let blankHeap = 0;
        for (let i = 0; i < opts.startupRuns; i++) {
          const b = await openTimed(context, `${site.blank.url}#/`, BLANK_READY);
          blank.push(b.ms);
          if (i === opts.startupRuns - 1) blankHeap = await heapMb(context, b.page);
          await b.page.close();
          if (page) await page.close();
          const l = await openTimed(context, checklistUrl, CHECKLIST_READY);
          large.push(l.ms);
          page = l.page;
        }
        const ms = median(large);
        const base = median(blank);
        const startup: Figure = {
          id: '4',
          name: 'khởi động đến phiếu kiểm tra dùng được',
          value: ms,
          unit: 'ms',
          ratio: ms / base,
          baseline: `trang trống (${Math.round(base)} ms)`,
          target: '≤ 1,5× trang trống',
          verdict: judge(ms / base, 1.5, 'max'),
          note: `trung vị của ${opts.startupRuns} lần; từ lúc điều hướng đến khi ô nhập đầu tiên dùng được`,
        };
        // The heap right after opening, settled.
        await page!.waitForTimeout(1500);
        const heap = await heapMb(context, page!);
        const memory: Figure = {
          id: '6',
          name: 'bộ nhớ JS sau khi mở cuộc kiểm tra lớn',
          value: heap,
          unit: 'MB',
          target: '≤ 200 MB',
          verdict: judge(heap, 200, 'max'),
          note: `sau khi thu gom rác; ứng dụng trống: ${blankHeap.toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`,
        };
        return [startup, memory];
      },
    );
    if (!figures.some((f) => f.id === '6')) figures.push(missing('6', 'bộ nhớ JS sau khi mở cuộc kiểm tra lớn', 'MB', '≤ 200 MB', 'phiếu kiểm tra không mở được'));
    opts.log('  gõ phím…');
    await guard(
      () => missing('5', 'gõ phím → chữ hiện trên phiếu (p95)', 'ms', '≤ 50 ms', ''),
      async () => {
        if (!page) throw new Error('phiếu kiểm tra không mở được');
        return typingFigure(page, opts);
      },
    );
    if (page) await page.close();
    page = undefined;
    opts.log('  hành trình của trưởng đoàn…');
    figures.push(...(await leaderJourney(context, site, li, opts, guard)));
    opts.log('  báo cáo PDF…');
    await guard(
      () => missing('3b', 'báo cáo PDF (page.pdf của trang in)', 'ms', '≤ 3 s', ''),
      () => measurePdf(context, `${site.large.url}#/i/${li.inspectionId}/report`),
    );
  } finally {
    await context.close();
    // The profile holds the whole large inspection (about 100 MB): not worth keeping.
    await rm(userDataDir, { recursive: true, force: true });
  }
  return figures;
}

/** Figure 3b alone (`npm run bench -- --only pdf`): seed the large inspection, then print the report. */
export async function measurePdfAlone(site: Site, li: LargeInspection): Promise<Figure> {
  const { context, userDataDir } = await launchProfile();
  try {
    const bench = await context.newPage();
    await bench.goto(`${site.large.url}__bench/index.html`);
    await bench.waitForFunction(() => document.title === 'bench ready');
    await bench.evaluate(([u, id, me]) => (window as any).tktBench.seed(u, id, me), [`${site.large.url}__bench/edits.json`, li.inspectionId, li.members[0].id] as const);
    await bench.close();
    return await measurePdf(context, `${site.large.url}#/i/${li.inspectionId}/report`);
  } finally {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

type Guard = (fallback: () => Figure, fn: () => Promise<Figure | Figure[]>) => Promise<void>;

/** Báo cáo and Tổng hợp đoàn on the large inspection, then the eight packages on a leader's laptop (the blank origin, seeded). */
async function leaderJourney(context: BrowserContext, site: Site, li: LargeInspection, opts: BrowserOptions, guard: Guard): Promise<Figure[]> {
  const base = `${site.large.url}#/i/${li.inspectionId}`;
  await guard(
    () => missing('7', 'mở Báo cáo đến khi bản xem trước hiện', 'ms', '≤ 1 s', ''),
    async () => {
      const { page, ms } = await openWatched(context, `${base}/report`, REPORT_READY);
      try {
        const open = openFigure('7', 'mở Báo cáo đến khi bản xem trước hiện', ms, 'từ lúc điều hướng (khởi động ứng dụng) đến khi tiêu đề bản xem trước hiện');
        await page.waitForTimeout(1500);
        const heap = heapFigure('6c', 'Báo cáo', await heapMb(context, page));
        const typing = await reportTypingFigure(page, opts.keyPresses, opts.keyIntervalMs);
        return [open, heap, typing];
      } finally {
        await page.close();
      }
    },
  );
  await guard(
    () => missing('9', 'mở Tổng hợp đoàn đến khi dùng được', 'ms', '≤ 1 s', ''),
    async () => {
      const blank: number[] = [];
      const team: number[] = [];
      let heap = 0;
      for (let i = 0; i < opts.startupRuns; i++) {
        const b = await openTimed(context, `${site.blank.url}#/`, BLANK_READY);
        blank.push(b.ms);
        await b.page.close();
        const t = await openWatched(context, `${base}/team`, TEAM_READY);
        team.push(t.ms);
        if (i === opts.startupRuns - 1) {
          await t.page.waitForTimeout(1500);
          heap = await heapMb(context, t.page);
        }
        await t.page.close();
      }
      const ms = median(team);
      const b = median(blank);
      return [
        openFigure('9', 'mở Tổng hợp đoàn đến khi dùng được', ms, `trung vị của ${opts.startupRuns} lần; đến khi bộ lọc bất đồng dùng được`),
        {
          id: '4b',
          name: 'khởi động đến Tổng hợp đoàn (trang trưởng đoàn mở) dùng được',
          value: ms,
          unit: 'ms',
          ratio: ms / b,
          baseline: `trang trống (${Math.round(b)} ms)`,
          target: '≤ 1,5× trang trống',
          verdict: judge(ms / b, 1.5, 'max'),
          note: `trung vị của ${opts.startupRuns} lần`,
        },
        heapFigure('6b', 'Tổng hợp đoàn', heap),
      ];
    },
  );
  await guard(
    () => missing('10', `${site.packageUrls.length} gói được chọn → bản xem trước sẵn sàng`, 'ms', 'tác vụ dài nhất ≤ 200 ms', ''),
    async () => {
      // The blank origin becomes a leader's laptop: the set-up and the leader's own work, "Tôi là" the leader.
      const seedPage = await context.newPage();
      await seedPage.goto(`${site.blank.url}__bench/index.html`);
      await seedPage.waitForFunction(() => document.title === 'bench ready');
      await seedPage.evaluate(([u, id, me]) => (window as any).tktBench.seed(u, id, me), [`${site.blank.url}__bench/leader.json`, li.inspectionId, li.members[0].id] as const);
      await seedPage.close();
      const files = await Promise.all(
        site.packageUrls.map(async (url) => ({ name: url.slice(url.lastIndexOf('/') + 1), buffer: Buffer.from(await (await fetch(url)).arrayBuffer()) })),
      );
      return packagesPreviewFigure(context, `${site.blank.url}#/i/${li.inspectionId}/exchange`, files);
    },
  );
  return [];
}
