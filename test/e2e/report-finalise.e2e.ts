/**
 * The Trưởng đoàn finalising a report while a disagreement is still open:
 * it is marked on the checklist and in the preview, "Hoàn thành" lists it
 * with the other problems, the leader settles it, enters the report's number
 * and date, finalises with the one problem left as an explicit choice — and
 * the paper carries only the document, the version and hash going to the
 * document properties.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { formatTimestamp } from '../../shared/domain/clock';
import { responseId, type Edit } from '../../shared/domain/edit';
import { launchBrowser, serveDist, type StaticServer } from './harness';
import { INSPECTION_ID, seed000Edits } from '../fixtures/report/seed000';
import { pdfInfo, pdfText, seedEdits } from '../fixtures/report/browser';

const RESULTS = join(process.cwd(), 'test-results');
const ONLINE = /Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình/;

/** Nguyễn Thị Lan, on her own laptop, wrote 15 where the leader had 13: a disagreement the import brought in. */
function withDisagreement(): Edit[] {
  const edits = seed000Edits({ blankNumber: true });
  return [
    ...edits,
    { id: formatTimestamp({ millis: 1_760_000_999_999, counter: 0, node: 'lanlaptop' }), inspectionId: INSPECTION_ID, entity: 'response', recordId: responseId('vp', 'chi-tieu.dvc-toan-trinh'), field: 'numerator', value: 15, author: 'm-lan', unitId: 'vp', replaces: [] },
  ];
}

describe('report: the pre-finalise check, the clerk fields and clean paper', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await serveDist();
    browser = await launchBrowser();
    const context = await browser.newContext({ acceptDownloads: true, locale: 'vi-VN' });
    page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Tự Kiểm Tra' }).waitFor();
    await seedEdits(page, INSPECTION_ID, withDisagreement());
    await page.reload();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('marks the open disagreement, lists it before finalising, and finalises once settled with the number and date filled', async () => {
    // 1. The checklist item shows both values and the way to settle.
    await page.goto(`${server.url}#/i/${INSPECTION_ID}/checklist/vp/chi-tieu`);
    // Nobody was chosen as "Tôi là" on this laptop: the checklist asks first, the leader answers.
    await page.getByRole('heading', { name: 'Bạn là ai trong đoàn?' }).waitFor();
    await page.getByLabel('Tôi là').selectOption({ index: 1 }); // Trịnh Thị Hòa, trưởng đoàn, listed first
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByRole('heading', { name: 'Bạn là ai trong đoàn?' }).waitFor({ state: 'detached' });
    await page.goto(`${server.url}#/i/${INSPECTION_ID}/checklist/vp/chi-tieu`);
    const item = page.getByRole('article', { name: ONLINE });
    const mark = item.getByRole('note', { name: 'Ý kiến chưa thống nhất' });
    await mark.waitFor();
    expect(await mark.textContent()).toMatch(/Tử số: (13 hoặc 15|15 hoặc 13)/);
    await mark.getByRole('link', { name: 'Thống nhất tại “Tổng hợp đoàn”' }).waitFor();

    // 2. The draft preview marks it too, beside the part it shows in.
    await page.getByRole('link', { name: 'Báo cáo' }).click();
    const paper = page.getByRole('article', { name: 'Xem trước báo cáo' });
    const previewMark = paper.getByRole('note', { name: 'Ý kiến chưa thống nhất' });
    await previewMark.waitFor();
    expect(await previewMark.textContent()).toMatch(/tử số của “Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình.*” tại Văn phòng Sở: (13 hoặc 15|15 hoặc 13)/);

    // 3. "Hoàn thành" asks first and lists the problems; it cannot finalise without an explicit choice.
    await page.getByRole('button', { name: 'Hoàn thành bản báo cáo' }).click();
    const dialog = page.getByRole('dialog', { name: 'Hoàn thành phiên bản 1?' });
    await dialog.waitFor();
    const problems = dialog.getByRole('list', { name: 'Các vấn đề cần xem' });
    await problems.getByText(/Còn ý kiến khác nhau chưa thống nhất về tử số/).waitFor();
    await problems.getByText('Chưa nhập số báo cáo.', { exact: false }).waitFor();
    await problems.getByText('Chưa nhập ngày ký báo cáo.', { exact: false }).waitFor();
    await problems.getByText('Nội dung “Cải cách tài chính công” chưa có kết quả kiểm tra tại đơn vị nào.').waitFor();
    expect(await dialog.getByRole('button', { name: 'Vẫn hoàn thành' }).isDisabled()).toBe(true);

    // 4. The leader follows the link and settles the disagreement on "Tổng hợp đoàn".
    await problems.getByRole('link', { name: 'Thống nhất tại “Tổng hợp đoàn”' }).click();
    await page.getByRole('heading', { name: 'Tổng hợp của đoàn' }).waitFor();
    await page.getByRole('button', { name: 'Chọn "13" của Trịnh Thị Hòa' }).click();
    await page.getByRole('heading', { name: 'Bất đồng cần xử lý (0)' }).waitFor();

    // 5. Back on the report: the mark is gone; a wrong date is refused and changes nothing; number and date fill the header.
    await page.getByRole('link', { name: 'Báo cáo' }).click();
    await paper.waitFor();
    await paper.getByText('13/21 TTHC đủ điều kiện', { exact: false }).waitFor();
    expect(await paper.getByRole('note', { name: 'Ý kiến chưa thống nhất' }).count()).toBe(0);
    await paper.getByText('Số:      /BC-ĐKT').waitFor();
    const date = page.getByLabel('Ngày ký báo cáo');
    await date.fill('31/02/2025');
    await date.blur();
    await page.getByText('Ngày ký không đúng. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 14/10/2025.').waitFor();
    await paper.getByText('Đồng Nai, ngày      tháng      năm 2025').waitFor();
    await page.getByLabel('Số báo cáo').fill('125');
    await date.fill('14/10/2025');
    await date.blur();
    await paper.getByText('Số: 125/BC-ĐKT').waitFor();
    await paper.getByText('Đồng Nai, ngày 14 tháng 10 năm 2025').waitFor();

    // 6. Finalise: one problem is left (an area never inspected); finalising with it is a choice, recorded with the version.
    await page.getByRole('button', { name: 'Hoàn thành bản báo cáo' }).click();
    await dialog.waitFor();
    await problems.getByText('Nội dung “Cải cách tài chính công” chưa có kết quả kiểm tra tại đơn vị nào.').waitFor();
    expect(await problems.getByRole('listitem').count()).toBe(1);
    await dialog.getByRole('checkbox', { name: /vẫn hoàn thành báo cáo/ }).check();
    await dialog.getByRole('button', { name: 'Vẫn hoàn thành' }).click();
    await page.getByText('Đã hoàn thành phiên bản 1.', { exact: false }).waitFor();
    const versions = page.getByRole('navigation', { name: 'Các phiên bản báo cáo' });
    await versions.getByText('Hoàn thành khi còn 1 vấn đề').waitFor();
    await versions.getByText(/Mã dữ liệu \(SHA-256\): [0-9a-f]{16}…/).waitFor();

    // 7. The paper: no version, time or hash on any page; the PDF is titled with the report (the properties the
    //    Electron main process adds — hash, version, /Lang — are checked in report.e2e.ts and the IPC test).
    await page.evaluate(() => document.fonts.ready);
    mkdirSync(RESULTS, { recursive: true });
    const pdfFile = join(RESULTS, 'report-finalised.pdf');
    writeFileSync(pdfFile, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const text = pdfText(pdfFile, false);
    expect(text).toContain('Số: 125/BC-ĐKT');
    expect(text).not.toContain('DỰ THẢO');
    expect(text).not.toMatch(/SHA-256|Mã dữ liệu|Phiên bản|[0-9a-f]{32}/);
    expect(pdfInfo(pdfFile).Title).toBe('Báo cáo kết quả kiểm tra công tác cải cách hành chính, kiểm soát thủ tục hành chính tại Sở Khoa học và Công nghệ');

    // 8. The DOCX of version 1 carries version, time and hash in its properties, and none of it in the text.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất DOCX' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('bao-cao-kiem-tra-phien-ban-1.docx');
    const zip = unzipSync(new Uint8Array(readFileSync((await file.path())!)));
    const custom = strFromU8(zip['docProps/custom.xml']);
    expect(custom).toMatch(/name="DataHash"[\s\S]*?>[0-9a-f]{64}</);
    expect(custom).toMatch(/name="ReportVersion"[\s\S]*?>1</);
    expect(custom).toMatch(/name="FinalisedAt"[\s\S]*?>\d{4}-\d{2}-\d{2}T/);
    expect(custom).toContain('Cải cách tài chính công');
    const words = [...strFromU8(zip['word/document.xml']).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
    expect(words).toContain('Số: 125/BC-ĐKT');
    expect(words).not.toMatch(/SHA-256|Mã dữ liệu|Phiên bản|[0-9a-f]{32}/);
  });
});
