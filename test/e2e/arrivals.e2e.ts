/**
 * What is unsent and what has arrived: a member exports, types more, sees the
 * unsent count and exports again; the leader imports both files and sees,
 * for that member, two packages received, the last one's new records, and
 * how many of their edits are still unsettled.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useLaptops } from './harness';
import { applyImport, chooseFiles, exportPackage, leaderCreatesInspection, memberJoins, openTab, previewTable } from './exchange-steps';
import { item, openSection, typeAndWaitSaved } from './inspector-steps';

const lab = useLaptops();
const PLAN = /^1\.1\. Ban hành Kế hoạch xây dựng/;
const unsent = (page: Page) => page.getByRole('status').filter({ hasText: /thay đổi chưa gửi trưởng đoàn/ });

async function binhRow(leader: Page): Promise<string[]> {
  const table = leader.getByRole('table', { name: 'Kết quả đã nhận từ thành viên' });
  const row = table.getByRole('row').filter({ has: leader.getByRole('rowheader', { name: 'Trần Thị Bình' }) });
  return (await row.locator('th, td').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
}

describe('arrivals per member', () => {
  it('member exports twice with more typing between; the leader sees both arrivals', async () => {
    const leader = await lab.page();
    await leaderCreatesInspection(leader, lab.url);
    await openTab(leader, 'Trao đổi dữ liệu');
    const setup = await exportPackage(leader, 'Xuất gói thiết lập cho thành viên');
    // Nothing has arrived yet.
    expect((await binhRow(leader))[1]).toBe('Chưa nhận gói nào');

    const binh = await lab.page();
    await memberJoins(binh, lab.url, setup, 'Trần Thị Bình (Thành viên)');
    await openSection(binh, 'Thể chế');
    await item(binh, PLAN).getByRole('radio', { name: 'Đạt', exact: true }).check();
    await item(binh, PLAN).getByText('Người ghi: Trần Thị Bình').waitFor();
    await unsent(binh).waitFor();
    await openTab(binh, 'Trao đổi dữ liệu');
    // Members see their own actions only.
    expect(await binh.getByRole('heading', { name: 'Kết quả đã nhận từ thành viên' }).count()).toBe(0);
    const first = await exportPackage(binh, 'Xuất kết quả của tôi');
    await unsent(binh).waitFor({ state: 'detached' });

    await openTab(binh, 'Phiếu kiểm tra');
    await openSection(binh, 'Thể chế');
    await typeAndWaitSaved(binh, item(binh, PLAN).getByLabel('Nhận xét'), 'Kế hoạch ban hành đúng hạn');
    await unsent(binh).filter({ hasText: /^1 thay đổi chưa gửi trưởng đoàn/ }).waitFor();
    await openTab(binh, 'Trao đổi dữ liệu');
    const second = await exportPackage(binh, 'Xuất kết quả của tôi');
    await unsent(binh).waitFor({ state: 'detached' });

    await chooseFiles(leader, [first]);
    await previewTable(leader);
    await applyImport(leader);
    const afterFirst = await binhRow(leader);
    expect(afterFirst[1]).toMatch(/^\d\d:\d\d \d\d\/\d{1,2}\/\d{4} \(xuất lúc /);
    expect(Number(afterFirst[2])).toBeGreaterThan(0);
    expect(afterFirst[3]).toBe('1');

    await chooseFiles(leader, [second]);
    await previewTable(leader);
    await applyImport(leader);
    await leader.getByRole('table', { name: 'Kết quả đã nhận từ thành viên' }).getByRole('cell', { name: '2', exact: true }).first().waitFor();
    const afterSecond = await binhRow(leader);
    // The second package brought only the comment typed after the first.
    expect(afterSecond.slice(2)).toEqual(['1', '2', '0']);
  });
});
