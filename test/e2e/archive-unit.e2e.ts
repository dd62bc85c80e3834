/**
 * Deleting a unit from the set-up is never final: the dialog says what the
 * unit carries and asks for its name; the unit leaves the checklist and the
 * dashboard but its records stay; "Khôi phục" under "Đã lưu trữ" brings it
 * back with everything, and the history holds both states.
 */
import { describe, expect, it } from 'vitest';
import { openTab } from './exchange-steps';
import { useLaptops } from './harness';
import { storedEdits } from './history-steps';
import { createInspection, item, MEMBERS, openSection, openUnit, UNITS } from './inspector-steps';

const lab = useLaptops();
const PLAN = /^1\.1\. Ban hành Kế hoạch xây dựng/;
const SHORTCOMING = 'Tỷ lệ thanh toán trực tuyến chưa đạt chỉ tiêu';

describe('archiving a unit', () => {
  it('shows the impact, asks for the name, archives, and Khôi phục brings the unit back with its data', async () => {
    const page = await lab.page();
    await createInspection(page, lab.url);
    await openUnit(page, UNITS[1]);
    await openSection(page, 'Thể chế');
    await item(page, PLAN).getByRole('radio', { name: 'Đạt', exact: true }).check();
    await item(page, PLAN).getByText('Người ghi: Trần Thị Bình').waitFor();
    await openSection(page, 'Thủ tục hành chính');
    const findings = page.getByRole('region', { name: /Đánh giá chung nội dung Thủ tục hành chính/ });
    await findings.getByRole('button', { name: 'Thêm tồn tại, hạn chế' }).click();
    await findings.getByLabel('Nội dung tồn tại, hạn chế').fill(SHORTCOMING);
    await findings.getByRole('button', { name: 'Lưu' }).click();
    await findings.getByText(SHORTCOMING).waitFor();

    // Thiết lập: delete the unit.
    await openTab(page, 'Thiết lập');
    await page.getByRole('heading', { name: 'Thiết lập cuộc kiểm tra' }).waitFor();
    await page.getByRole('button', { name: 'Xóa đơn vị 2' }).click();
    const dialog = page.getByRole('dialog', { name: `Xóa đơn vị “${UNITS[1]}”?` });
    await dialog.getByRole('note').filter({ hasText: 'Đơn vị này có 1 kết quả, 1 tồn tại, hạn chế.' }).waitFor();
    // A wrong name archives nothing and says what to type.
    await dialog.getByLabel('Gõ tên đơn vị để xác nhận').fill('Phòng Kế hoạch');
    await dialog.getByRole('button', { name: 'Xóa đơn vị' }).click();
    await dialog.getByText(`Tên chưa khớp. Hãy gõ đúng tên đơn vị: “${UNITS[1]}”.`).waitFor();
    await dialog.getByLabel('Gõ tên đơn vị để xác nhận').fill(UNITS[1]);
    await dialog.getByRole('button', { name: 'Xóa đơn vị' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByLabel('Tên đơn vị 2').count()).toBe(0);
    const archived = page.getByRole('region', { name: 'Đã lưu trữ' });
    await archived.getByRole('list', { name: 'Đơn vị đã lưu trữ' }).getByText(UNITS[1]).waitFor();

    // Gone from the checklist's units and the dashboard, still archived after a reload.
    await openTab(page, 'Phiếu kiểm tra');
    const units = page.getByRole('navigation', { name: 'Đơn vị được kiểm tra' });
    await units.getByRole('link', { name: new RegExp(`^${UNITS[0]}`) }).waitFor();
    expect(await units.getByRole('link', { name: new RegExp(`^${UNITS[1]}`) }).count()).toBe(0);
    await openTab(page, 'Tổng quan');
    await page.getByLabel('Chỉ phần được phân công cho tôi').uncheck();
    const matrix = page.getByRole('table', { name: 'Tiến độ và kết quả theo đơn vị và nội dung kiểm tra' });
    await matrix.getByRole('rowheader', { name: new RegExp(UNITS[0]) }).waitFor();
    expect(await matrix.getByRole('rowheader').allInnerTexts()).toEqual([UNITS[0]]);
    await openTab(page, 'Thiết lập');
    await page.reload();
    await page.getByRole('region', { name: 'Đã lưu trữ' }).getByText(UNITS[1]).waitFor();
    expect(await page.getByLabel('Tên đơn vị 2').count()).toBe(0);

    // Khôi phục: back on the form, in the checklist, with its answer and shortcoming.
    await page.getByRole('button', { name: `Khôi phục đơn vị ${UNITS[1]}` }).click();
    await page.getByRole('region', { name: 'Đã lưu trữ' }).waitFor({ state: 'detached' });
    expect(await page.getByLabel('Tên đơn vị 2').inputValue()).toBe(UNITS[1]);
    await openTab(page, 'Phiếu kiểm tra');
    await openUnit(page, UNITS[1]);
    await openSection(page, 'Thể chế');
    expect(await item(page, PLAN).getByRole('radio', { name: 'Đạt', exact: true }).isChecked()).toBe(true);
    await openSection(page, 'Thủ tục hành chính');
    await page.getByRole('region', { name: /Đánh giá chung nội dung Thủ tục hành chính/ }).getByText(SHORTCOMING).waitFor();

    // The history keeps both states: archived, then restored; the shortcoming was never rewritten.
    const marks = await storedEdits(page, { entity: 'unit', field: 'archived' });
    expect(marks.map((e) => e.value)).toEqual([true, false]);
    expect((await storedEdits(page, { entity: 'finding', field: 'text' })).map((e) => e.value)).toEqual([SHORTCOMING]);
  });

  it('archives a member the same way, and Khôi phục puts them back on the team', async () => {
    const page = await lab.page();
    await createInspection(page, lab.url);
    await openTab(page, 'Thiết lập');
    await page.getByRole('heading', { name: 'Thiết lập cuộc kiểm tra' }).waitFor();
    const cuong = MEMBERS[2].name;
    await page.getByRole('group', { name: 'Thành viên 3', exact: true }).getByRole('button', { name: 'Xóa thành viên 3' }).click();
    const dialog = page.getByRole('dialog', { name: `Xóa thành viên “${cuong}”?` });
    await dialog.getByRole('note').filter({ hasText: 'Thành viên này chưa ghi kết quả nào.' }).waitFor();
    await dialog.getByLabel('Gõ tên thành viên để xác nhận').fill(cuong.toLocaleUpperCase('vi'));
    await dialog.getByRole('button', { name: 'Xóa thành viên' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByRole('group', { name: 'Thành viên 3', exact: true }).count()).toBe(0);
    await page.getByRole('list', { name: 'Thành viên đã lưu trữ' }).getByText(cuong).waitFor();

    await page.getByRole('button', { name: `Khôi phục thành viên ${cuong}` }).click();
    expect(await page.getByRole('group', { name: 'Thành viên 3', exact: true }).getByLabel('Họ và tên').inputValue()).toBe(cuong);
    expect((await storedEdits(page, { entity: 'member', field: 'archived' })).map((e) => e.value)).toEqual([true, false]);
  });
});
