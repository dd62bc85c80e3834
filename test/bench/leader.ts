/**
 * The leader's journey in Chromium, on the same large inspection: open Báo
 * cáo and Tổng hợp đoàn, type in a report part (keys sent open-loop, at a
 * steady rate whatever the app does), choose the eight packages on Trao đổi
 * dữ liệu until the preview is ready (with the longest main-thread task
 * meanwhile), and the JS heap on the team and report pages.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { judge, median, percentile, type Figure } from './figures';

/** The print view's title line: the report preview shows. */
export const REPORT_READY = 'article.report-paper .rp-title';
/** The disagreement filters (or the "no disagreement" line when there are none): the team page is usable. */
export const TEAM_READY = ':is([aria-label="Lọc bất đồng"] select, #dis-h)';

/** Runs before the app: records when `selector` first shows, and every long task (≥ 50 ms) with its start. */
export function watchScript(selector: string): string {
  return `(() => {
    window.__tktLong = [];
    try {
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tktLong.push([e.startTime, e.duration]); })
        .observe({ type: 'longtask', buffered: true });
    } catch {}
    const sel = ${JSON.stringify(selector)};
    const check = () => {
      const el = document.querySelector(sel);
      if (el && !el.disabled && el.getClientRects().length > 0) { window.__tktReady = performance.now(); return; }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })();`;
}

export async function openWatched(context: BrowserContext, url: string, selector: string): Promise<{ page: Page; ms: number }> {
  const page = await context.newPage();
  await page.addInitScript(watchScript(selector));
  await page.goto(url);
  await page.waitForFunction(() => (window as { __tktReady?: number }).__tktReady !== undefined, undefined, { timeout: 180_000, polling: 100 });
  const ms = await page.evaluate(() => (window as unknown as { __tktReady: number }).__tktReady);
  return { page, ms };
}

/** The longest main-thread task that started after `from` (ms on the page's clock). */
export function longestTaskSince(page: Page, from: number): Promise<number> {
  return page.evaluate((t) => Math.max(0, ...(window as unknown as { __tktLong: [number, number][] }).__tktLong.filter(([s]) => s >= t).map(([, d]) => d)), from);
}

export function openFigure(id: string, name: string, ms: number, note: string): Figure {
  return { id, name, value: ms, unit: 'ms', target: '≤ 1 s', verdict: judge(ms, 1000, 'max'), note };
}

export function heapFigure(id: string, page: string, mb: number): Figure {
  return { id, name: `bộ nhớ JS trên trang ${page}`, value: mb, unit: 'MB', target: '≤ 200 MB', verdict: judge(mb, 200, 'max'), note: 'sau khi thu gom rác' };
}

/**
 * Typing in the first report part, open-loop: one key every `intervalMs`
 * from a fixed schedule, sent without waiting for the app, so a long task
 * delays every key queued behind it. Latency: key down → the next frame painted.
 */
export async function reportTypingFigure(page: Page, keys: number, intervalMs: number): Promise<Figure> {
  const name = 'gõ trong một phần báo cáo (p95, gửi phím đều đặn)';
  const box = page.getByRole('region', { name: 'Nội dung các phần của báo cáo' }).locator('textarea').first();
  await box.click();
  await page.keyboard.press('End');
  await page.evaluate(() => {
    const w = window as unknown as { __tktTyping: number[] };
    w.__tktTyping = [];
    const channel = new MessageChannel();
    const pending: number[] = [];
    channel.port1.onmessage = () => w.__tktTyping.push(performance.now() - (pending.shift() ?? 0));
    let down = 0;
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
  // Plain letters: each one is a real key press (keydown, input), which is what is timed.
  const text = ' doan de nghi don vi tiep tuc ra soat thu tuc hanh chinh';
  const t0 = Date.now();
  const sent: Promise<void>[] = [];
  for (let i = 0; i < keys; i++) {
    const due = t0 + i * intervalMs - Date.now();
    if (due > 0) await new Promise((r) => setTimeout(r, due));
    sent.push(page.keyboard.type(text[i % text.length]).catch(() => undefined));
  }
  await Promise.all(sent);
  await page.waitForFunction((n) => (window as unknown as { __tktTyping: number[] }).__tktTyping.length >= n, keys, { timeout: 120_000, polling: 50 });
  const samples: number[] = await page.evaluate(() => (window as unknown as { __tktTyping: number[] }).__tktTyping);
  await page.waitForTimeout(1500); // let the last autosave land before the page goes
  const p95 = percentile(samples, 95);
  return {
    id: '8',
    name,
    value: p95,
    unit: 'ms',
    target: '≤ 50 ms',
    verdict: judge(p95, 50, 'max'),
    note: `${samples.length} phím, mỗi ${intervalMs} ms; trung vị ${Math.round(median(samples))} ms, lớn nhất ${Math.round(Math.max(...samples))} ms`,
  };
}

/** Eight packages chosen on Trao đổi dữ liệu until every preview row shows, and the longest main-thread task meanwhile. */
export async function packagesPreviewFigure(
  context: BrowserContext,
  exchangeUrl: string,
  files: { name: string; buffer: Buffer }[],
): Promise<Figure> {
  const name = `${files.length} gói được chọn → bản xem trước sẵn sàng`;
  const { page } = await openWatched(context, exchangeUrl, 'main button');
  try {
    const button = page.getByRole('button', { name: 'Chọn tệp .tkt để nhập…' });
    await button.waitFor();
    await page.waitForTimeout(1000); // the page settles: its own start-up tasks are not the import's
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button.click()]);
    const from = await page.evaluate(() => performance.now());
    await chooser.setFiles(files.map((f) => ({ name: f.name, mimeType: 'application/octet-stream', buffer: f.buffer })));
    await page.waitForFunction(
      (n) => document.querySelectorAll('table.import-preview tbody tr').length >= n && !document.querySelector('.checking-progress'),
      files.length,
      { timeout: 300_000, polling: 'raf' },
    );
    const ms = (await page.evaluate(() => performance.now())) - from;
    const longest = await longestTaskSince(page, from);
    return {
      id: '10',
      name,
      value: ms,
      unit: 'ms',
      target: 'tác vụ dài nhất ≤ 200 ms',
      verdict: judge(longest, 200, 'max'),
      note: `tác vụ dài nhất trên luồng giao diện trong lúc đó: ${Math.round(longest)} ms; máy đã có thiết lập và phần việc của trưởng đoàn`,
    };
  } finally {
    await page.close();
  }
}
