/**
 * Photo and scan evidence across two laptops: a member attaches two photos
 * (file chooser) and a PDF (dropped from the file manager) to a document she saw, removes one by mistake and takes it back,
 * exports her results; the leader imports them and sees the same three files,
 * byte for byte (same SHA-256). A second export carries no file again.
 */
import { describe, expect, it } from 'vitest';
import { openPackage } from '../../shared/exchange';
import { useLaptops } from './harness';
import { attachFiles, attachmentsOf, dropOnto, noisePhoto, openAndSave, sha256, smallPdf } from './attachment-steps';
import { applyImport, chooseFiles, exportPackage, leaderCreatesInspection, memberJoins, openTab, previewTable } from './exchange-steps';
import { item, openSection, openUnit, UNITS } from './inspector-steps';

const lab = useLaptops();
const PAYMENT = /Thanh toán trực tuyến phí, lệ phí/;
const DOC = 'Báo cáo số 45/BC-VP ngày 30/9/2025';

describe('photo and scan evidence', () => {
  it('a member attaches two photos and a PDF; the leader imports them with the same content', async () => {
    const leader = await lab.page();
    await leaderCreatesInspection(leader, lab.url);
    await openTab(leader, 'Trao đổi dữ liệu');
    const setup = await exportPackage(leader, 'Xuất gói thiết lập cho thành viên');

    const binh = await lab.page();
    await binh.setViewportSize({ width: 1366, height: 768 });
    await memberJoins(binh, lab.url, setup, 'Trần Thị Bình (Thành viên)');
    await openSection(binh, 'Thủ tục hành chính');
    const payment = item(binh, PAYMENT);
    await payment.getByRole('button', { name: 'Thêm minh chứng' }).click();
    await payment.getByLabel('Loại văn bản').selectOption({ label: 'Báo cáo' });
    await payment.getByLabel('Số, ký hiệu').fill('45/BC-VP');
    await payment.getByLabel('Ngày', { exact: true }).fill('30/09/2025');
    await payment.getByRole('button', { name: 'Lưu minh chứng' }).click();
    await payment.getByText(DOC).waitFor();

    // A large photo (downscaled to 2.000 px), a small one, and a scanned PDF.
    const big = await noisePhoto(binh, 'quay-mot-cua.jpg', 2600, 1950, 1);
    const small = await noisePhoto(binh, 'bang-niem-yet.jpg', 800, 600, 2);
    const pdf = smallPdf('bao-cao-45.pdf');
    const group = attachmentsOf(payment, DOC);
    await attachFiles(binh, group, [big, small]);
    await dropOnto(binh, group, [pdf]);
    await group.getByRole('button', { name: `Xem ${pdf.name}` }).waitFor();
    // A spreadsheet is not evidence of this kind: it is refused with what to do, and nothing is attached.
    await dropOnto(binh, group, [{ name: 'so-lieu.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from('PK') }]);
    await group
      .getByRole('alert')
      .filter({ hasText: 'Tệp “so-lieu.xlsx” không phải ảnh (JPEG, PNG, HEIC) hay tệp PDF nên chưa đính kèm. Hãy chọn ảnh chụp, bản quét hoặc tệp PDF.' })
      .waitFor();
    expect(await group.getByRole('button', { name: /^Xem / }).count()).toBe(3);
    await group.locator('.attachment-open img').nth(1).waitFor();
    if (process.env.TKT_SCREENSHOT) {
      await binh.screenshot({ path: process.env.TKT_SCREENSHOT });
      await group.getByRole('button', { name: `Xem ${big.name}` }).click();
      await binh.getByRole('dialog', { name: big.name }).getByRole('img').waitFor();
      await binh.screenshot({ path: process.env.TKT_SCREENSHOT.replace(/\.png$/, '-viewer.png') });
      await binh.getByRole('dialog', { name: big.name }).getByRole('button', { name: 'Đóng' }).click();
    }

    // Removed by mistake, taken back from "Đã xóa · Hoàn tác".
    await group.getByRole('button', { name: `Gỡ tệp ${small.name}` }).click();
    await group.getByRole('button', { name: `Xem ${small.name}` }).waitFor({ state: 'detached' });
    await binh.getByRole('status').filter({ hasText: `Đã xóa tệp đính kèm “${small.name}”` }).getByRole('button', { name: 'Hoàn tác' }).click();
    await group.getByRole('button', { name: `Xem ${small.name}` }).waitFor();

    const atMember = new Map<string, string>();
    for (const f of [big, small, pdf]) {
      const seen = await openAndSave(binh, group, f.name);
      atMember.set(f.name, seen.hash);
      if (f === big) expect(seen.details).toContain('2.000 × 1.500 điểm ảnh');
      if (f === small) expect(seen.details).toContain('800 × 600 điểm ảnh');
    }
    // Only the small photo and the PDF are kept byte for byte; the large one was made smaller.
    expect(atMember.get(pdf.name)).toBe(sha256(pdf.buffer));
    expect(atMember.get(small.name)).toBe(sha256(small.buffer));
    expect(atMember.get(big.name)).not.toBe(sha256(big.buffer));

    await openTab(binh, 'Trao đổi dữ liệu');
    const results = await exportPackage(binh, 'Xuất kết quả của tôi');
    await binh.getByRole('status').filter({ hasText: '3 tệp đính kèm' }).waitFor();
    const opened = await openPackage(results.name, results.data);
    expect(opened.ok && opened.package.manifest.attachments.map((a) => a.hash).sort()).toEqual([...atMember.values()].sort());

    // Each file travels once: the next results file carries none of them.
    const again = await exportPackage(binh, 'Xuất kết quả của tôi');
    const reopened = await openPackage(again.name, again.data);
    expect(reopened.ok && reopened.package.manifest.attachments).toEqual([]);

    await openTab(leader, 'Trao đổi dữ liệu');
    await chooseFiles(leader, [results]);
    expect((await previewTable(leader))[0][3]).toMatch(/kèm 3 tệp đính kèm$/);
    expect(await applyImport(leader)).toMatch(/^Đã nhập [1-9]\d* bản ghi mới từ 1 tệp\./);
    await openTab(leader, 'Phiếu kiểm tra');
    await openUnit(leader, UNITS[0]);
    await openSection(leader, 'Thủ tục hành chính');
    const atLeader = attachmentsOf(item(leader, PAYMENT), DOC);
    for (const f of [big, small, pdf]) {
      const seen = await openAndSave(leader, atLeader, f.name);
      expect(seen.hash, f.name).toBe(atMember.get(f.name));
      expect(seen.details).toContain('Trần Thị Bình');
    }

    // The report lists them in its annex of evidence documents.
    await openTab(leader, 'Báo cáo');
    const annex = leader.getByRole('article', { name: 'Xem trước báo cáo' }).getByRole('region', { name: /: danh mục tài liệu minh chứng$/ });
    await annex.waitFor();
    const cells = (await annex.getByRole('row').nth(1).getByRole('cell').allInnerTexts()).map((t) => t.trim());
    expect(cells).toEqual([DOC, '02 ảnh, 01 tệp PDF', `${big.name}; ${small.name}; ${pdf.name}`]);
    if (process.env.TKT_SCREENSHOT) {
      await leader.setViewportSize({ width: 1366, height: 768 });
      await annex.scrollIntoViewIfNeeded();
      await leader.screenshot({ path: process.env.TKT_SCREENSHOT.replace(/\.png$/, '-annex.png') });
    }
  });
});
