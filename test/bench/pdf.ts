/**
 * The report PDF as the app makes it: the report print view rendered in
 * Chromium, then page.pdf() (Electron's printToPDF is the same engine).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { judge, type Figure } from './figures';

/** The print view (ReportPreview) once the model is built and laid out: its title line. */
const REPORT_READY = 'article.report-paper .rp-title';

/** Page objects in Chromium's PDF (written uncompressed), so the time can be read per page. */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

/** The page that carries the signature block ("TRƯỞNG ĐOÀN"): the length of the body a signer reads. */
function bodyPages(pdf: Buffer): number | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'tkt-bench-pdf-'));
  try {
    const file = join(dir, 'bao-cao.pdf');
    writeFileSync(file, pdf);
    const pages = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }).split('\f');
    const i = pages.findIndex((p) => p.includes('TRƯỞNG ĐOÀN'));
    return i < 0 ? undefined : i + 1;
  } catch {
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function measurePdf(context: BrowserContext, reportUrl: string): Promise<Figure> {
  const name = 'báo cáo PDF (page.pdf của trang in)';
  const page = await context.newPage();
  try {
    const t0 = Date.now();
    await page.goto(reportUrl);
    try {
      await page.locator(REPORT_READY).first().waitFor({ timeout: 60_000 });
    } catch {
      return { id: '3b', name, value: null, unit: 'ms', target: '≤ 3 s', verdict: 'n/a', note: 'n/a (chưa có trang in báo cáo)' };
    }
    const viewMs = Date.now() - t0;
    await page.emulateMedia({ media: 'print' });
    const t1 = performance.now();
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const ms = performance.now() - t1;
    const body = bodyPages(pdf);
    return {
      id: '3b',
      name,
      value: ms,
      unit: 'ms',
      target: '≤ 3 s',
      verdict: judge(ms, 3000, 'max'),
      note: `${pageCount(pdf)} trang (thân báo cáo đến chữ ký: ${body ?? '?'} trang, chỉ tiêu ≤ 15), ${(pdf.length / 1024).toFixed(0)} KB; mở trang Báo cáo đến khi bản xem trước hiện: ${viewMs} ms (không tính)`,
    };
  } finally {
    await page.close();
  }
}
