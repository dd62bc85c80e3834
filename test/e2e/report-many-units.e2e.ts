/**
 * The print view of an inspection of ten units: Phụ lục II is one table
 * line per unit (criteria by verdict, indicators missed with the unit's
 * rate), not every answer of every unit, and in the PDF each annex starts
 * its own page count (Nghị định 30), the 1 not shown.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveDist, type StaticServer } from './harness';
import { INSPECTION_ID } from '../fixtures/report/seed000';
import { tenUnitBuilder } from '../fixtures/report/manyUnits';
import { pdfPages, pdfText, seedEdits } from '../fixtures/report/browser';

describe('report of many units in the print view', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await serveDist();
    browser = await launchBrowser();
    page = await (await browser.newContext({ locale: 'vi-VN' })).newPage();
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Tự Kiểm Tra' }).waitFor();
    await seedEdits(page, INSPECTION_ID, tenUnitBuilder().edits);
    await page.goto(`${server.url}#/i/${INSPECTION_ID}/report`);
    await page.reload();
    await page.getByRole('article', { name: 'Xem trước báo cáo' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows Phụ lục II as one line per unit with its counts and the indicators it missed', async () => {
    const annex = page.getByRole('region', { name: 'Phụ lục II' });
    await annex.waitFor();
    await expect(annex.getByRole('columnheader', { name: 'Chỉ tiêu chưa đạt (số thứ tự tại Phụ lục I và tỷ lệ)' }).isVisible()).resolves.toBe(true);
    const rows = annex.getByRole('row');
    expect(await rows.count()).toBe(11);
    const vp = annex.getByRole('row', { name: /Văn phòng Sở/ });
    expect((await vp.getByRole('cell').allInnerTexts()).map((t) => t.trim())).toEqual(['1', 'Văn phòng Sở', '01', '', '01', '', '1\u00a0(40%)']);
    // No per-unit detail tables: the inspectors' notes stay in the checklist.
    expect(await annex.getByRole('columnheader', { name: 'Ghi chú, văn bản' }).count()).toBe(0);
  });

  it('prints each annex on its own page without the body’s page number', async () => {
    await page.emulateMedia({ media: 'print' });
    const out = join(process.cwd(), 'test-results');
    mkdirSync(out, { recursive: true });
    const file = join(out, 'report-many-units.pdf');
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const pages = pdfPages(file);
    const flat = (n: number) => pdfText(file, false, n).replace(/\s+/g, ' ');
    const first = (n: number) => pdfText(file, true, n).split('\n').filter((l) => l.trim()).slice(0, 2).join('\n');
    const units = Array.from({ length: pages }, (_, i) => i + 1).find((n) => flat(n).includes('KẾT QUẢ KIỂM TRA TẠI CÁC PHÒNG, ĐƠN VỊ'))!;
    expect(units).toBeGreaterThan(2);
    expect(flat(units - 1)).not.toContain('KẾT QUẢ KIỂM TRA TẠI CÁC PHÒNG, ĐƠN VỊ');
    // The body's pages are numbered; the annex's first page shows no number (its 1), not the body's next one.
    expect(first(2)).toMatch(/^\s*2\b/m);
    expect(first(units)).not.toMatch(/^\s*\d+\b/m);
  });
});
