/**
 * The report PDF as the app makes it: the report print view rendered in
 * Chromium, then page.pdf() (Electron's printToPDF is the same engine).
 */
import type { BrowserContext } from 'playwright-core';
import { judge, type Figure } from './figures';

/** The print view (ReportPreview) once the model is built and laid out: its title line. */
const REPORT_READY = 'article.report-paper .rp-title';

/** Page objects in Chromium's PDF (written uncompressed), so the time can be read per page. */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
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
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
    const ms = performance.now() - t1;
    return {
      id: '3b',
      name,
      value: ms,
      unit: 'ms',
      target: '≤ 3 s',
      verdict: judge(ms, 3000, 'max'),
      note: `${pageCount(pdf)} trang, ${(pdf.length / 1024).toFixed(0)} KB; mở trang Báo cáo đến khi bản xem trước hiện: ${viewMs} ms (không tính)`,
    };
  } finally {
    await page.close();
  }
}
