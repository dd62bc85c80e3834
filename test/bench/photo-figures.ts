/**
 * Figures 11 and 11b: a results file with 200 photos (the bench page's
 * photoRoundTrip), exported on the member's laptop and imported on the
 * leader's. Targets: ten seconds each, the wait a person accepts at the USB
 * stick for a day's photos; the import includes verifying every file's
 * SHA-256 against its name.
 */
import type { Page } from 'playwright-core';
import { judge, missing, type Figure } from './figures';
import type { PhotoFigure } from './browser/photos';

const TARGET_MS = 10_000;
const TARGET = '≤ 10 s';

const mb = (n: number) => (n / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 });

export async function photoFigures(page: Page, count: number): Promise<Figure[]> {
  const exportName = `xuất kết quả có ${count} ảnh 1600×1200 (đọc tệp, ký, đóng gói)`;
  const importName = `nhập gói có ${count} ảnh (kiểm tra mã băm từng tệp, lưu tệp và bản ghi)`;
  const r: PhotoFigure = await page.evaluate((n) => (window as any).tktBench.photoRoundTrip(n), count);
  if (r.error) return [missing('11', exportName, 'ms', TARGET, r.error), missing('11b', importName, 'ms', TARGET, r.error)];
  const importMs = r.checkMs + r.writeMs;
  const allThere = r.sameFiles === count;
  return [
    {
      id: '11',
      name: exportName,
      value: r.exportMs,
      unit: 'ms',
      target: TARGET,
      verdict: judge(r.exportMs, TARGET_MS, 'max'),
      note: `${count} ảnh, ${mb(r.photoBytes)} MB; tệp xuất ${mb(r.packageBytes)} MB`,
    },
    {
      id: '11b',
      name: importName,
      value: importMs,
      unit: 'ms',
      target: `${TARGET}; mọi tệp đến đúng mã băm`,
      verdict: allThere ? judge(importMs, TARGET_MS, 'max') : 'không đạt',
      note: `kiểm tra ${Math.round(r.checkMs)} ms + ghi ${Math.round(r.writeMs)} ms; ${r.sameFiles}/${count} tệp đúng mã băm trên máy trưởng đoàn`,
    },
  ];
}
