/**
 * Keys enter by people comparing fingerprints. The member reads the leader's
 * fingerprint on the leader's screen and finds the same one in the import of
 * the set-up file before it can be taken; the leader does the same with the
 * member's fingerprint before her first results come in. The next file of
 * hers needs no comparison and shows as signed by her.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useLaptops } from './harness';
import { item, openSection, openUnit, UNITS } from './inspector-steps';
import { applyImport, chooseFiles, exportPackage, leaderCreatesInspection, memberJoins, openTab, previewTable } from './exchange-steps';

const lab = useLaptops();
const PLAN = /^1\.1\. Ban hành Kế hoạch xây dựng/;
const REVIEW = /Rà soát, hệ thống hóa văn bản/;

/** The fingerprint a person reads off their own exchange page. */
async function ownFingerprint(page: Page): Promise<string> {
  const fp = (await page.getByLabel('Mã nhận diện của máy này').innerText()).trim();
  expect(fp).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
  return fp;
}

describe('trusting keys by their fingerprints', () => {
  it('the member compares the leader’s fingerprint, the leader compares the member’s, and only then do the files come in', async () => {
    const leader = await lab.page();
    await leaderCreatesInspection(leader, lab.url);
    await openTab(leader, 'Trao đổi dữ liệu');
    const leaderFp = await ownFingerprint(leader);
    const setup = await exportPackage(leader, 'Xuất gói thiết lập cho thành viên');

    // Bình's laptop: the set-up file shows the leader's fingerprint, and "Nhập" waits for her comparison.
    const binh = await lab.page();
    await binh.goto(lab.url);
    await binh.getByRole('button', { name: 'Nhập tệp trao đổi (.tkt)' }).click();
    await chooseFiles(binh, [setup]);
    await previewTable(binh);
    const leaderBox = binh.getByRole('checkbox', { name: `Mã nhận diện của trưởng đoàn (người gửi tệp thiết lập): ${leaderFp} — tôi đã so sánh và hai mã giống nhau` });
    await leaderBox.waitFor();
    const importButton = binh.getByRole('button', { name: 'Nhập', exact: true });
    expect(await importButton.isDisabled()).toBe(true);
    await leaderBox.check();
    await importButton.click();
    await binh.getByRole('status').filter({ hasText: /^Đã nhập/ }).waitFor();
    await binh.getByRole('link', { name: 'Mở cuộc kiểm tra vừa nhập và chọn “Tôi là …”' }).click();
    await binh.getByLabel('Tôi là').selectOption({ label: 'Trần Thị Bình (Thành viên)' });
    await binh.getByRole('button', { name: 'Xác nhận' }).click();
    const binhFp = await ownFingerprint(binh);
    expect(binhFp).not.toBe(leaderFp);

    await openTab(binh, 'Phiếu kiểm tra');
    await openUnit(binh, UNITS[0]);
    await openSection(binh, 'Thể chế');
    await item(binh, PLAN).getByRole('radio', { name: 'Đạt', exact: true }).check();
    await item(binh, PLAN).getByText('Người ghi: Trần Thị Bình').waitFor();
    await openTab(binh, 'Trao đổi dữ liệu');
    const first = await exportPackage(binh, 'Xuất kết quả của tôi');

    // The leader: her first key shows with its fingerprint, compared by phone before importing.
    await chooseFiles(leader, [first]);
    expect((await previewTable(leader))[0][7]).toBe('Không có chữ ký đã biết');
    const memberBox = leader.getByRole('checkbox', { name: `Mã nhận diện của Trần Thị Bình: ${binhFp} — tôi đã so sánh và hai mã giống nhau` });
    await memberBox.waitFor();
    expect(await leader.getByRole('button', { name: 'Nhập', exact: true }).isDisabled()).toBe(true);
    await memberBox.check();
    await leader.getByRole('button', { name: 'Nhập', exact: true }).click();
    await leader.getByRole('status').filter({ hasText: /^Đã nhập [1-9]\d* bản ghi mới từ 1 tệp\./ }).waitFor();

    // Her next file is known: no comparison, signed by her.
    await openTab(binh, 'Phiếu kiểm tra');
    await openSection(binh, 'Thể chế');
    await item(binh, REVIEW).getByRole('radio', { name: 'Không đạt', exact: true }).check();
    await item(binh, REVIEW).getByText('Người ghi: Trần Thị Bình').waitFor();
    await openTab(binh, 'Trao đổi dữ liệu');
    const second = await exportPackage(binh, 'Xuất kết quả của tôi');
    await chooseFiles(leader, [second]);
    const rows = await previewTable(leader);
    expect(rows[0][7]).toBe('Chữ ký hợp lệ của Trần Thị Bình');
    expect(await leader.getByRole('checkbox', { name: /tôi đã so sánh/ }).count()).toBe(0);
    expect(await applyImport(leader)).toMatch(/^Đã nhập [1-9]\d* bản ghi mới từ 1 tệp\./);
  });

  it('a member the leader removed from the team can no longer send records', async () => {
    const leader = await lab.page();
    await leaderCreatesInspection(leader, lab.url);
    await openTab(leader, 'Trao đổi dữ liệu');
    const setup = await exportPackage(leader, 'Xuất gói thiết lập cho thành viên');

    const cuong = await lab.page();
    await memberJoins(cuong, lab.url, setup, 'Lê Văn Cường (Thư ký)');
    await openSection(cuong, 'Thể chế');
    await item(cuong, PLAN).getByRole('radio', { name: 'Đạt', exact: true }).check();
    await item(cuong, PLAN).getByText('Người ghi: Lê Văn Cường').waitFor();
    await openTab(cuong, 'Trao đổi dữ liệu');
    const before = await exportPackage(cuong, 'Xuất kết quả của tôi');
    await chooseFiles(leader, [before]);
    expect(await applyImport(leader)).toMatch(/^Đã nhập [1-9]\d* bản ghi mới từ 1 tệp\./);

    // The leader takes Cường off the team in Thiết lập.
    await openTab(leader, 'Thiết lập');
    await leader.getByRole('group', { name: 'Thành viên 3', exact: true }).getByRole('button', { name: 'Xóa thành viên 3' }).click();
    const dialog = leader.getByRole('dialog', { name: 'Xóa thành viên “Lê Văn Cường”?' });
    await dialog.getByLabel('Gõ tên thành viên để xác nhận').fill('Lê Văn Cường');
    await dialog.getByRole('button', { name: 'Xóa thành viên' }).click();
    await dialog.waitFor({ state: 'detached' });

    // Cường goes on working and sends again: refused, and nothing of it lands.
    await openTab(cuong, 'Phiếu kiểm tra');
    await openSection(cuong, 'Thể chế');
    await item(cuong, REVIEW).getByRole('radio', { name: 'Không đạt', exact: true }).check();
    await item(cuong, REVIEW).getByText('Người ghi: Lê Văn Cường').waitFor();
    await openTab(cuong, 'Trao đổi dữ liệu');
    const after = await exportPackage(cuong, 'Xuất kết quả của tôi');
    await openTab(leader, 'Trao đổi dữ liệu');
    await chooseFiles(leader, [after]);
    await leader
      .getByRole('alert')
      .filter({ hasText: `Tệp "${after.name}" có bản ghi của Lê Văn Cường viết sau khi người này đã bị đưa ra khỏi đoàn. Các bản ghi đó không được nhận; hãy liên hệ trưởng đoàn.` })
      .waitFor();
    expect(await leader.getByRole('table', { name: 'Xem trước các tệp sẽ nhập' }).count()).toBe(0);
  });
});
