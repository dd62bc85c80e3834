/**
 * A team leader's afternoon, through the real screens: set up an inspection,
 * answer two checklist items, open the report, edit one part, export DOCX
 * and PDF, finalise, edit again — and find a new draft version while the
 * frozen one stays exactly as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveDist, type StaticServer } from './harness';

const CONCLUSION_1 = 'Kết luận của Trưởng đoàn: các phòng, đơn vị đã triển khai đầy đủ nhiệm vụ.';
const CONCLUSION_2 = 'Kết luận đã sửa sau khi hoàn thành phiên bản 1.';

async function docxText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await click();
  const d = await download;
  const xml = strFromU8(unzipSync(new Uint8Array(readFileSync((await d.path())!)))['word/document.xml']);
  return { name: d.suggestedFilename(), text: [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('') };
}

describe('report: from a filled inspection to a finalised version', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await serveDist();
    browser = await launchBrowser();
    const context = await browser.newContext({ acceptDownloads: true, locale: 'vi-VN' });
    // The browser's "Xuất PDF" opens the print dialog; count the calls instead of blocking on a dialog.
    await context.addInitScript(() => {
      (window as unknown as { __prints: number }).__prints = 0;
      window.print = () => {
        (window as unknown as { __prints: number }).__prints++;
      };
    });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets the leader fill, edit, export, finalise and keep the frozen version unchanged', async () => {
    // 1. Set up the inspection.
    await page.goto(`${server.url}#/new`);
    const fill = (label: string, value: string) => page.getByLabel(label, { exact: true }).fill(value);
    await fill('Dòng trên của tiêu đề: cơ quan chủ quản, là cơ quan được kiểm tra', 'Sở Khoa học và Công nghệ');
    await fill('Dòng dưới, in đậm: cơ quan ban hành báo cáo', 'Đoàn kiểm tra');
    // The header preview shows at once which line each field becomes.
    const header = page.getByRole('figure', { name: 'Xem trước tiêu đề báo cáo' });
    await header.getByText('SỞ KHOA HỌC VÀ CÔNG NGHỆ', { exact: true }).waitFor();
    await header.getByText('ĐOÀN KIỂM TRA', { exact: true }).waitFor();
    await fill('Tên đoàn kiểm tra', 'Đoàn kiểm tra');
    await fill('Ký hiệu báo cáo', 'BC-ĐKT');
    await fill('Địa danh', 'Đồng Nai');
    await fill('Kính gửi', 'Giám đốc Sở Khoa học và Công nghệ');
    await fill('Số, ký hiệu kế hoạch', '14/KH-SKHCN');
    await fill('Ngày ban hành kế hoạch', '05/08/2025');
    await fill('Số, ký hiệu quyết định', '128/QĐ-SKHCN');
    await fill('Ngày ban hành quyết định', '24/09/2025');
    await fill('Kỳ kiểm tra từ ngày', '01/01/2025');
    await fill('Kỳ kiểm tra đến ngày', '30/09/2025');
    await fill('Kiểm tra thực tế từ ngày', '02/10/2025');
    await fill('Kiểm tra thực tế đến ngày', '06/10/2025');
    await fill('Tên đơn vị 1', 'Văn phòng Sở');
    await fill('Họ và tên', 'Trịnh Thị Hòa');
    await page.getByRole('button', { name: 'Tạo cuộc kiểm tra' }).click();
    await page.waitForURL(/#\/i\/[^/]+\/checklist/);
    const inspectionId = /#\/i\/([^/]+)\//.exec(page.url())![1];
    // Nobody was chosen as "Tôi là" in the set-up: the checklist asks first.
    await page.getByRole('heading', { name: 'Bạn là ai trong đoàn?' }).waitFor();
    await page.getByLabel('Tôi là').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByRole('heading', { name: 'Bạn là ai trong đoàn?' }).waitFor({ state: 'detached' });

    // 2. Answer two items for Văn phòng Sở.
    await page.getByRole('link', { name: /Văn phòng Sở/ }).first().click();
    await page.getByRole('navigation', { name: 'Nội dung kiểm tra' }).getByRole('link', { name: /Thể chế/ }).click();
    const plan = page.getByRole('article', { name: /Ban hành Kế hoạch xây dựng, kiểm tra, rà soát văn bản/ });
    await plan.getByRole('radio', { name: 'Đạt', exact: true }).check();
    await page.getByRole('navigation', { name: 'Nội dung kiểm tra' }).getByRole('link', { name: /Nhiệm vụ, chỉ tiêu/ }).click();
    const online = page.getByRole('article', { name: /Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình/ });
    await online.getByLabel('Tử số').fill('13');
    await online.getByLabel('Mẫu số').fill('21');
    await online.getByLabel('Mẫu số').blur();
    await page.getByRole('status').filter({ hasText: 'Đã lưu' }).waitFor();

    // 3. Open the report: the numbers are drafted into prose.
    await page.getByRole('link', { name: 'Báo cáo' }).click();
    await page.waitForURL(new RegExp(`#/i/${inspectionId}/report`));
    const paper = page.getByRole('article', { name: 'Xem trước báo cáo' });
    await paper.getByText('13/21 TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia, đạt 61,90%, chưa đạt chỉ tiêu 80%', { exact: false }).first().waitFor();
    await paper.getByText('Văn phòng Sở', { exact: false }).first().waitFor();
    expect(await paper.getByText('Trịnh Thị Hòa', { exact: true }).count()).toBe(1);

    // 4. Edit the conclusion; regenerating asks first and "Hủy" keeps the edit.
    const conclusion = page.getByRole('textbox', { name: /C\. Kết luận và kiến nghị/ });
    await conclusion.fill(CONCLUSION_1);
    await conclusion.blur();
    await paper.getByText(CONCLUSION_1).waitFor();
    await page.getByRole('button', { name: 'Tạo lại bản nháp: C. Kết luận và kiến nghị' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thay nội dung đã sửa?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    expect(await conclusion.inputValue()).toBe(CONCLUSION_1);
    expect(await paper.getByText(CONCLUSION_1).count()).toBe(1);

    // 5. Export DOCX and PDF of the draft.
    const draftDocx = await docxText(page, () => page.getByRole('button', { name: 'Xuất DOCX' }).click());
    expect(draftDocx.name).toBe('bao-cao-kiem-tra-phien-ban-1-du-thao.docx');
    expect(draftDocx.text).toContain(CONCLUSION_1);
    expect(draftDocx.text).toContain('13/21');
    await page.getByRole('button', { name: 'Xuất PDF' }).click();
    await page.waitForFunction(() => (window as unknown as { __prints: number }).__prints === 1);

    // 6. Finalise: the check lists what is missing (most areas were not inspected); finalising anyway is a choice.
    await page.getByRole('button', { name: 'Hoàn thành bản báo cáo' }).click();
    const ask = page.getByRole('dialog', { name: 'Hoàn thành phiên bản 1?' });
    await ask.getByRole('checkbox', { name: /vẫn hoàn thành báo cáo/ }).check();
    await ask.getByRole('button', { name: 'Vẫn hoàn thành' }).click();
    await page.getByText('Đã hoàn thành phiên bản 1.', { exact: false }).waitFor();
    const v1 = page.getByRole('button', { name: /^Phiên bản 1 — hoàn thành \d{2}:\d{2} \d{2}\/\d{1,2}\/\d{4}$/ });
    await v1.waitFor();
    // The data hash is shown in the version list, never on the paper.
    await page.getByRole('navigation', { name: 'Các phiên bản báo cáo' }).getByText(/Mã dữ liệu \(SHA-256\): [0-9a-f]{16}…/).waitFor();
    expect(await paper.getByText(/SHA-256/).count()).toBe(0);
    expect(await paper.getByText('DỰ THẢO', { exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Hoàn thành bản báo cáo' }).count()).toBe(0);

    // 7. Edit again: a new draft version appears; the preview shows it.
    await conclusion.fill(CONCLUSION_2);
    await conclusion.blur();
    const v2 = page.getByRole('button', { name: 'Phiên bản 2 — dự thảo (đang soạn)' });
    await v2.waitFor();
    await paper.getByText(CONCLUSION_2).waitFor();
    expect(await paper.getByText('DỰ THẢO', { exact: true }).count()).toBe(1);

    // 8. The frozen version is unchanged, on screen and exported.
    await v1.click();
    await paper.getByText(CONCLUSION_1).waitFor();
    expect(await paper.getByText(CONCLUSION_2).count()).toBe(0);
    expect(await paper.getByText('DỰ THẢO', { exact: true }).count()).toBe(0);
    const frozenDocx = await docxText(page, () => page.getByRole('button', { name: 'Xuất DOCX' }).click());
    expect(frozenDocx.name).toBe('bao-cao-kiem-tra-phien-ban-1.docx');
    expect(frozenDocx.text).toContain(CONCLUSION_1);
    expect(frozenDocx.text).not.toContain(CONCLUSION_2);

    // 9. After a reload the versions are still there (they are stored records).
    await page.reload();
    await page.getByRole('button', { name: 'Phiên bản 2 — dự thảo (đang soạn)' }).waitFor();
    await page.getByRole('button', { name: /^Phiên bản 1 — hoàn thành/ }).waitFor();
  });
});
