/**
 * The print view in Chromium: the PDF it makes is signed-ready (fonts
 * embedded, not encrypted, PDF ≥ 1.4), reads in order, keeps hostile text
 * literal and inside the margins, and has about as many pages as the DOCX
 * converted by LibreOffice. Page images go to test-results/report-pages/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveDist, type StaticServer } from './harness';
import { HOSTILE_TEXT, INSPECTION_ID, seed000Edits } from '../fixtures/report/seed000';
import { pdfFonts, pdfInfo, pdfPages, pdfText, seedEdits } from '../fixtures/report/browser';
import { buildReportModel, reportPdfInfo, withPdfInfo } from '../../shared/report';
import { CCHC_TEMPLATE } from '../../shared/templates';

const RESULTS = join(process.cwd(), 'test-results');
const PAGES = join(RESULTS, 'report-pages');

/** A binary PPM (what pdftoppm writes by default), with the darkest channel value in a rectangle. */
function readPpm(file: string) {
  const buf = readFileSync(file);
  const header = buf.toString('latin1', 0, 64).match(/^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/)!;
  const w = Number(header[1]);
  const h = Number(header[2]);
  const start = header[0].length;
  return {
    w,
    h,
    minIn({ x0, x1, y0, y1 }: { x0: number; x1: number; y0: number; y1: number }): number {
      let min = 255;
      for (let y = Math.max(0, y0); y < Math.min(h, y1); y++)
        for (let x = Math.max(0, x0); x < Math.min(w, x1); x++) {
          const i = start + (y * w + x) * 3;
          min = Math.min(min, buf[i], buf[i + 1], buf[i + 2]);
        }
      return min;
    },
  };
}

describe('report print view and PDF', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let pdfFile: string;
  let dataHash = '';
  const dialogs: string[] = [];

  beforeAll(async () => {
    server = await serveDist();
    browser = await launchBrowser();
    const context = await browser.newContext({ acceptDownloads: true, locale: 'vi-VN' });
    page = await context.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Tự Kiểm Tra' }).waitFor();
    await seedEdits(page, INSPECTION_ID, seed000Edits({ hostile: true }));
    await page.goto(`${server.url}#/i/${INSPECTION_ID}/report`);
    await page.reload();
    await page.getByRole('article', { name: 'Xem trước báo cáo' }).waitFor();
    await page.evaluate(() => document.fonts.ready);
    mkdirSync(RESULTS, { recursive: true });
    pdfFile = join(RESULTS, 'report-print.pdf');
    // As the app's "Xuất PDF" in Electron: printToPDF with backgrounds (the print CSS must keep them white), then the
    // report's properties and /Lang added by the main process (withPdfInfo) from the model of the same data.
    const printed = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const model = buildReportModel(seed000Edits({ hostile: true }), CCHC_TEMPLATE, { inspectionId: INSPECTION_ID });
    writeFileSync(pdfFile, withPdfInfo(new Uint8Array(printed), reportPdfInfo(model)));
    dataHash = model.dataHash;
    rmSync(PAGES, { recursive: true, force: true });
    mkdirSync(PAGES, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '50', pdfFile, join(PAGES, 'trang')]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is signed-ready: every font embedded (the bundled Liberation Serif / Tinos), not encrypted, PDF 1.4 or later, A4', () => {
    const fonts = pdfFonts(pdfFile);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => f.emb !== 'yes')).toEqual([]);
    // Only the bundled fonts, never whatever the computer has installed.
    expect(fonts.every((f) => /LiberationSerif|Tinos/.test(f.name))).toBe(true);
    const info = pdfInfo(pdfFile);
    expect(info.Encrypted).toBe('no');
    expect(Number(info['PDF version'])).toBeGreaterThanOrEqual(1.4);
    expect(info['Page size']).toMatch(/^59[45]\.\d* x 841\.\d* pts \(A4\)/);
  });

  it('reads in report order with the numbers, the national motto on one line, and a DỰ THẢO mark', () => {
    const text = pdfText(pdfFile);
    expect(text).toMatch(/CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    const order = [
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      'BÁO CÁO',
      'Kính gửi: Giám đốc Sở Khoa học và Công nghệ.',
      'Thực hiện Kế hoạch số 14/KH-SKHCN ngày 05/8/2025',
      'A. KẾT QUẢ KIỂM TRA',
      '1. Cải cách thể chế',
      '1.114/1.114',
      'II. CÔNG TÁC KIỂM SOÁT THỦ TỤC HÀNH CHÍNH',
      'III. KẾT QUẢ THỰC HIỆN NHIỆM VỤ, CHỈ TIÊU ĐƯỢC GIAO',
      '13/21',
      '61,90%',
      'B. ĐÁNH GIÁ CHUNG',
      'C. KẾT LUẬN',
      'TM. ĐOÀN KIỂM TRA',
      'TRƯỞNG ĐOÀN',
      'Trịnh Thị Hòa',
      'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CÓ SỐ LIỆU',
      'KẾT QUẢ KIỂM TRA TẠI CÁC PHÒNG, ĐƠN VỊ',
    ];
    const flat = pdfText(pdfFile, false).replace(/\s+/g, ' ');
    const at = order.map((s) => flat.indexOf(s));
    expect(at.filter((i) => i < 0)).toEqual([]);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(pdfText(pdfFile, true, 1)).toContain('DỰ THẢO');
    expect(pdfText(pdfFile, true, 2)).toContain('DỰ THẢO');
  });

  it('numbers pages at the top from page 2, not on page 1, puts each annex on its own page and numbers its pages on their own', () => {
    const pages = pdfPages(pdfFile);
    const firstLines = (n: number) => pdfText(pdfFile, true, n).split('\n').filter((l) => l.trim()).slice(0, 2).join('\n');
    expect(firstLines(1)).not.toMatch(/^\s*1\s*$/m);
    expect(firstLines(2)).toMatch(/^\s*2\b/m);
    const flatPage = (n: number) => pdfText(pdfFile, false, n).replace(/\s+/g, ' ');
    const annexPage = Array.from({ length: pages }, (_, i) => i + 1).find((n) => flatPage(n).includes('KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CÓ SỐ LIỆU'))!;
    expect(annexPage).toBeGreaterThan(1);
    expect(flatPage(annexPage)).not.toContain('TRƯỞNG ĐOÀN');
    expect(flatPage(annexPage - 1)).toContain('Trịnh Thị Hòa');
    // Nghị định 30: "Số trang của Phụ lục được đánh riêng theo từng Phụ lục" — each annex counts its own pages from 1,
    // the 1 not shown (as on the report's first page), so an annex's second page is numbered 2, not the body's next number.
    const unitsPage = Array.from({ length: pages }, (_, i) => i + 1).find((n) => flatPage(n).includes('KẾT QUẢ KIỂM TRA TẠI CÁC PHÒNG, ĐƠN VỊ'))!;
    expect(unitsPage).toBeGreaterThan(annexPage);
    for (const first of [annexPage, unitsPage]) expect(firstLines(first)).not.toMatch(/^\s*\d+\b/m);
    expect(unitsPage).toBeLessThan(pages);
    expect(firstLines(unitsPage + 1)).toMatch(/^\s*2\b/m);
  });

  it('shows hostile text literally in the preview and the PDF, inside the margins', async () => {
    const paper = page.getByRole('article', { name: 'Xem trước báo cáo' });
    expect(await paper.getByText(HOSTILE_TEXT.slice(0, 40), { exact: false }).first().isVisible()).toBe(true);
    expect(await paper.locator('script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    const overflowing = await paper.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return [...el.querySelectorAll('p, td')].filter((p) => p.scrollWidth > p.clientWidth + 1 || p.getBoundingClientRect().right > box.right + 1).length;
    });
    expect(overflowing).toBe(0);
    const flat = pdfText(pdfFile, false).replace(/\s+/g, '');
    expect(flat).toContain('<script>alert(1)</script>"tríchdẫn"\'nháyđơn\'&');
    expect(flat).toContain('X'.repeat(200));
    // Nothing printed beyond the right margin (15 mm of 210 mm): the widest line ends inside the page.
    const bbox = execFileSync('pdftotext', ['-bbox', pdfFile, '-'], { encoding: 'utf8' });
    const xMax = Math.max(...[...bbox.matchAll(/xMax="([\d.]+)"/g)].map((m) => Number(m[1])));
    expect(xMax).toBeLessThanOrEqual(595.3 - (15 / 25.4) * 72 + 1);
  });

  it('carries the report title, subject, author, version, hash and /Lang vi in the PDF properties, and no version or hash on the paper', () => {
    const info = pdfInfo(pdfFile);
    expect(info.Title).toBe('Báo cáo kết quả kiểm tra công tác cải cách hành chính, kiểm soát thủ tục hành chính tại Sở Khoa học và Công nghệ');
    expect(info.Subject).toBe('Kết quả kiểm tra công tác cải cách hành chính, kiểm soát thủ tục hành chính tại Sở Khoa học và Công nghệ');
    expect(info.Author).toBe('Trịnh Thị Hòa');
    expect(info.Keywords).toBe(`Dự thảo phiên bản 1; SHA-256: ${dataHash}`);
    // The catalog re-issued by the update carries the language; the last definition of the object wins.
    expect(readFileSync(pdfFile).toString('latin1')).toMatch(/\/Type \/Catalog[\s\S]*\/Lang \(vi\)>>\nendobj\n[\s\S]*%%EOF\n$/);
    expect(pdfText(pdfFile, false)).not.toMatch(/SHA-256|Mã dữ liệu|Phiên bản \d|[0-9a-f]{64}/);
  });

  it('prints on pure white: every margin of every page is white, and the page number is black', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tkt-margins-'));
    execFileSync('pdftoppm', ['-r', '60', pdfFile, join(dir, 'p')]);
    const mm = 60 / 25.4;
    for (let n = 1; n <= pdfPages(pdfFile); n++) {
      const img = readPpm(join(dir, `p-${String(n).padStart(String(pdfPages(pdfFile)).length, '0')}.ppm`));
      // Left margin (30 mm), right margin (15 mm) and bottom margin (20 mm), a little inside the edges of the text area.
      const zones = [
        { x0: 0, x1: Math.floor(28 * mm), y0: 0, y1: img.h },
        { x0: Math.ceil(img.w - 13 * mm), x1: img.w, y0: Math.ceil(20 * mm), y1: img.h },
        { x0: 0, x1: img.w, y0: Math.ceil(img.h - 18 * mm), y1: img.h },
      ];
      for (const z of zones) expect(img.minIn(z), `page ${n}`).toBeGreaterThanOrEqual(250);
    }
    // The page number of page 2 (top margin, centred) is printed in black, not the app's dark grey.
    execFileSync('pdftoppm', ['-r', '200', '-f', '2', '-l', '2', pdfFile, join(dir, 'num')]);
    const big = readPpm(join(dir, `num-${String(2).padStart(String(pdfPages(pdfFile)).length, '0')}.ppm`));
    const dpmm = 200 / 25.4;
    expect(big.minIn({ x0: Math.floor(100 * dpmm), x1: Math.ceil(130 * dpmm), y0: 0, y1: Math.floor(18 * dpmm) })).toBeLessThanOrEqual(16);
  });

  it('has as many pages as the DOCX converted by LibreOffice, give or take one', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất DOCX' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.docx$/);
    const work = mkdtempSync(join(tmpdir(), 'tkt-soffice-'));
    const docx = join(work, 'bao-cao.docx');
    await file.saveAs(docx);
    execFileSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx], {
      env: { ...process.env, HOME: work },
      stdio: 'pipe',
      timeout: 90_000,
    });
    const lo = join(work, 'bao-cao.pdf');
    writeFileSync(join(RESULTS, 'report-libreoffice.pdf'), readFileSync(lo));
    expect(pdfText(lo)).toMatch(/CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    expect(Math.abs(pdfPages(lo) - pdfPages(pdfFile))).toBeLessThanOrEqual(1);
  });
});
