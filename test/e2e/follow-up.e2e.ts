/**
 * Kiến nghị kỳ trước: the leader starts this year's inspection from last
 * year's finalised one, carries its three recommendations over (one to a
 * unit that no longer exists, which she assigns), the inspectors record what
 * each unit did, and the report's DOCX carries the section that says so.
 */
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useLaptops } from './harness';
import { createInspection, openUnit } from './inspector-steps';
import { buildPackage } from '../../shared/exchange/build';
import { generateDeviceKeyPair } from '../../shared/exchange/crypto';
import { seedEdits } from '../fixtures/report/browser';
import { PREVIOUS_ID, REC, previousInspectionEdits } from '../fixtures/followup/previous';

const lab = useLaptops();
const HEADING = 'IV. KẾT QUẢ THỰC HIỆN KIẾN NGHỊ CỦA ĐOÀN KIỂM TRA KỲ TRƯỚC';

async function docxText(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất DOCX' }).click();
  const d = await download;
  const xml = strFromU8(unzipSync(new Uint8Array(readFileSync((await d.path())!)))['word/document.xml']);
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n');
}

/** The follow-up form of one carried recommendation on the unit's checklist. */
function followUp(page: Page, text: string) {
  return page.getByRole('region', { name: /^Kiến nghị kỳ trước/ }).getByRole('article', { name: new RegExp(text) });
}

describe('following up the previous inspection’s recommendations', () => {
  it('carries three recommendations into a new inspection, records their results and reports them', async () => {
    const page = await lab.page();
    await page.goto(lab.url);
    await page.getByRole('link', { name: 'Tự Kiểm Tra' }).waitFor();
    await seedEdits(page, PREVIOUS_ID, await previousInspectionEdits());
    await page.reload();

    // 1. A new inspection from last year's: one unit is gone this year and another is new.
    await page.getByRole('link', { name: 'Tạo cuộc kiểm tra mới' }).click();
    await page.getByLabel('Cuộc kiểm tra trước', { exact: true }).selectOption({ label: 'Đoàn kiểm tra (Kế hoạch số 10/KH-SKHCN)' });
    await page.getByRole('button', { name: 'Sao chép thiết lập' }).click();
    await page.getByRole('note').filter({ hasText: 'Đã sao chép thiết lập từ cuộc kiểm tra' }).waitFor();
    expect(await page.getByLabel('Tên đơn vị 3').inputValue()).toBe('Phòng Quản lý khoa học');
    await page.getByRole('button', { name: 'Xóa đơn vị 3' }).click();
    await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await page.getByLabel('Tên đơn vị 3').fill('Phòng Khoa học và Công nghệ');
    await page.getByLabel('Số, ký hiệu kế hoạch').fill('20/KH-SKHCN');
    await page.getByLabel('Ngày ban hành kế hoạch').fill('04/08/2025');
    await page.getByLabel('Trích yếu kế hoạch').fill('Kiểm tra công tác cải cách hành chính năm 2025');
    await page.getByLabel('Số, ký hiệu quyết định').fill('150/QĐ-SKHCN');
    await page.getByLabel('Ngày ban hành quyết định').fill('10/08/2025');
    await page.getByLabel('Kỳ kiểm tra từ ngày').fill('01/01/2025');
    await page.getByLabel('Kỳ kiểm tra đến ngày').fill('30/09/2025');
    await page.getByLabel('Kiểm tra thực tế từ ngày').fill('06/10/2025');
    await page.getByLabel('Kiểm tra thực tế đến ngày').fill('08/10/2025');
    await page.getByLabel('Tôi là').selectOption({ label: 'Trịnh Thị Hòa (Trưởng đoàn)' });
    await page.getByRole('button', { name: 'Tạo cuộc kiểm tra' }).click();
    await page.waitForURL(/#\/i\/[^/]+\/checklist/);

    // 2. On "Tổng hợp đoàn": carry them over; the one to the unit that is gone waits to be assigned.
    await page.getByRole('link', { name: 'Tổng hợp đoàn' }).click();
    const panel = page.getByRole('region', { name: 'Kiến nghị kỳ trước' });
    await panel.getByLabel('Lấy từ cuộc kiểm tra trên máy này').selectOption({ label: 'Đoàn kiểm tra (Kế hoạch số 10/KH-SKHCN)' });
    await panel.getByRole('button', { name: 'Mang kiến nghị sang' }).click();
    await panel.getByRole('status').filter({ hasText: 'Đã mang sang 3 kiến nghị của kỳ trước. 1 kiến nghị chưa khớp với đơn vị nào' }).waitFor();
    const waiting = panel.getByRole('list', { name: 'Kiến nghị chưa có đơn vị' }).getByRole('listitem');
    expect(await waiting.allInnerTexts()).toEqual([expect.stringContaining(`${REC.old.text} (kỳ trước: Phòng Quản lý khoa học)`)]);
    // Carrying again changes nothing.
    await panel.getByRole('button', { name: 'Mang kiến nghị sang' }).click();
    await panel.getByRole('status').filter({ hasText: 'đã được mang sang trước đó (3 kiến nghị)' }).waitFor();
    await waiting.first().getByLabel('Giao cho đơn vị').selectOption({ label: 'Phòng Khoa học và Công nghệ' });
    await waiting.first().getByRole('button', { name: 'Giao' }).click();
    await panel.getByRole('list', { name: 'Kiến nghị chưa có đơn vị' }).waitFor({ state: 'detached' });

    // 3. On each unit's checklist, the results. Saving without a result is refused with a message.
    await page.getByRole('link', { name: 'Phiếu kiểm tra' }).click();
    await openUnit(page, 'Văn phòng Sở');
    const vp = followUp(page, 'Rà soát, cập nhật danh mục TTHC');
    await vp.getByLabel('Minh chứng', { exact: true }).fill('Đã cập nhật 193/193 TTHC');
    await vp.getByRole('button', { name: 'Lưu kết quả' }).click();
    await vp.getByRole('alert').filter({ hasText: 'Hãy chọn kết quả thực hiện: đã, đang hoặc chưa thực hiện.' }).waitFor();
    await vp.getByLabel('Văn bản minh chứng (số, ngày, trích yếu)').fill('Quyết định số 540/QĐ-SKHCN ngày 28/8/2025 về việc công bố danh mục TTHC');
    await vp.getByLabel('Đã thực hiện').check();
    await vp.getByRole('button', { name: 'Lưu kết quả' }).click();
    await vp.getByText('Đã lưu: Đã thực hiện').waitFor();

    await openUnit(page, 'Phòng Chuyển đổi số');
    const cds = followUp(page, 'Số hóa hồ sơ');
    await cds.getByLabel('Đang thực hiện').check();
    await cds.getByLabel('Minh chứng', { exact: true }).fill('Đã số hóa 812/1.114 hồ sơ');
    await cds.getByRole('button', { name: 'Lưu kết quả' }).click();
    await cds.getByText('Đã lưu: Đang thực hiện').waitFor();

    await openUnit(page, 'Phòng Khoa học và Công nghệ');
    const khcn = followUp(page, 'Ban hành quy chế');
    await khcn.getByLabel('Chưa thực hiện').check();
    await khcn.getByLabel('Ghi chú').fill('Dự kiến hoàn thành trong quý IV/2025');
    await khcn.getByRole('button', { name: 'Lưu kết quả' }).click();
    await khcn.getByText('Đã lưu: Chưa thực hiện').waitFor();

    // 4. The report: the section closes part A, in prose, and is in the DOCX.
    await page.getByRole('link', { name: 'Báo cáo' }).click();
    const paper = page.getByRole('article', { name: 'Xem trước báo cáo' });
    await paper.getByText(HEADING).waitFor();
    mkdirSync(join(process.cwd(), 'test-results'), { recursive: true });
    await paper.getByText(HEADING).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(process.cwd(), 'test-results', 'follow-up-preview.png'), fullPage: false });
    const text = await docxText(page);
    const at = text.indexOf(HEADING);
    expect(at).toBeGreaterThan(text.indexOf('III. KẾT QUẢ THỰC HIỆN NHIỆM VỤ, CHỈ TIÊU ĐƯỢC GIAO'));
    expect(at).toBeLessThan(text.indexOf('B. ĐÁNH GIÁ CHUNG'));
    expect(text).toContain('Tại Báo cáo số 98/BC-ĐKT ngày 15/10/2024, Đoàn kiểm tra kỳ trước đã có 03 kiến nghị đối với các phòng, đơn vị.');
    expect(text).toContain('Qua kiểm tra, đến nay đã thực hiện xong 01 kiến nghị, đang thực hiện 01 kiến nghị và chưa thực hiện 01 kiến nghị, cụ thể:');
    expect(text).toContain(
      '- Văn phòng Sở đã thực hiện kiến nghị rà soát, cập nhật danh mục TTHC trên Cổng dịch vụ công quốc gia (đã cập nhật 193/193 TTHC; Quyết định số 540/QĐ-SKHCN ngày 28/8/2025 về việc công bố danh mục TTHC).',
    );
    expect(text).toContain('- Phòng Chuyển đổi số đang thực hiện kiến nghị số hóa hồ sơ, kết quả giải quyết TTHC (đã số hóa 812/1.114 hồ sơ).');
    expect(text).toContain('- Phòng Khoa học và Công nghệ chưa thực hiện kiến nghị ban hành quy chế bảo đảm an toàn thông tin mạng; dự kiến hoàn thành trong quý IV/2025.');
    expect(text).toContain('Như vậy, còn 02 kiến nghị chưa hoàn thành tại các phòng: Chuyển đổi số; Khoa học và Công nghệ; đề nghị tiếp tục thực hiện dứt điểm trong thời gian tới.');
  });

  it('carries them from the previous inspection’s backup file too, and refuses a damaged file with a message', async () => {
    const page = await lab.page();
    await createInspection(page, lab.url);
    await page.getByRole('link', { name: 'Tổng hợp đoàn' }).click();
    const panel = page.getByRole('region', { name: 'Kiến nghị kỳ trước' });
    const input = panel.getByLabel('Hoặc lấy từ tệp .tkt, bản sao lưu của cuộc kiểm tra trước');

    await input.setInputFiles({ name: 'hong.tkt', mimeType: 'application/octet-stream', buffer: Buffer.from([1, 2, 3]) });
    await panel.getByRole('alert').filter({ hasText: 'hong.tkt' }).waitFor();

    const backup = buildPackage(await previousInspectionEdits(), {
      kind: 'backup',
      inspections: [{ id: PREVIOUS_ID, templateId: 'cchc-so', templateVersion: 1 }],
      exporter: { memberId: 'm-hoa', name: 'Trịnh Thị Hòa' },
      keys: generateDeviceKeyPair(),
      appVersion: '0.1.0',
    });
    await input.setInputFiles({ name: 'sao-luu-2024.tkt', mimeType: 'application/octet-stream', buffer: Buffer.from(backup) });
    await panel.getByText('Đoàn kiểm tra (Kế hoạch số 10/KH-SKHCN): 3 kiến nghị.').waitFor();
    await panel.getByRole('button', { name: 'Mang 3 kiến nghị sang' }).click();
    await panel.getByRole('status').filter({ hasText: 'Đã mang sang 3 kiến nghị của kỳ trước. 2 kiến nghị chưa khớp với đơn vị nào' }).waitFor();
    await openUnitFromTeam(page);
    await followUp(page, 'Rà soát, cập nhật danh mục TTHC').waitFor();
  });
});

/** The checklist of Văn phòng Sở, where the one recommendation matched by name now is. */
async function openUnitFromTeam(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Phiếu kiểm tra' }).click();
  await openUnit(page, 'Văn phòng Sở');
}
