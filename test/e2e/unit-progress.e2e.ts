/**
 * The unit list's "answered/total" stays true as a person works: after typing
 * an answer, after moving to another unit, and after a colleague's package is
 * imported in another window of the same laptop.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CCHC_TEMPLATE } from '../../shared/templates';
import { applyImport, chooseFiles, exportPackage, leaderCreatesInspection, openTab, previewTable } from './exchange-steps';
import { useLaptops } from './harness';
import { createInspection, item, openSection, openUnit, UNITS } from './inspector-steps';

const lab = useLaptops();

const TOTAL = CCHC_TEMPLATE.sections.reduce((n, s) => n + s.items.length, 0);
const PLAN = /^1\.1\. Ban hành Kế hoạch xây dựng/;
const RECRUIT = /Tuyển dụng, bổ nhiệm đúng quy trình/;

/** Waits until a unit's link in the unit list shows `answered` of all items. */
async function unitShows(page: Page, unitName: string, answered: number): Promise<void> {
  const link = page.getByRole('navigation', { name: 'Đơn vị được kiểm tra' }).getByRole('link', { name: new RegExp(`^${unitName}`) });
  await link.getByLabel(`đã trả lời ${answered} trên ${TOTAL} tiêu chí`).waitFor();
  expect(await link.getByLabel(/^đã trả lời/).textContent()).toBe(`${answered}/${TOTAL}`);
}

async function sectionShows(page: Page, shortTitle: string, text: string): Promise<void> {
  const link = page.getByRole('navigation', { name: 'Nội dung kiểm tra' }).getByRole('link', { name: new RegExp(`^\\d+\\. ${shortTitle}`) });
  await link.getByText(text, { exact: true }).waitFor();
}

describe('progress in the unit list', () => {
  it('counts an answer at once, keeps it after moving to another unit, and counts each unit apart', async () => {
    const page = await (await lab.context()).newPage();
    await createInspection(page, lab.url);
    await openUnit(page, UNITS[0]);
    await unitShows(page, UNITS[0], 0);
    await unitShows(page, UNITS[1], 0);

    await openSection(page, 'Thể chế');
    const institutionItems = CCHC_TEMPLATE.sections.find((s) => s.shortTitle === 'Thể chế')!.items.length;
    await item(page, PLAN).getByRole('radio', { name: 'Đạt', exact: true }).check();
    await unitShows(page, UNITS[0], 1);
    await sectionShows(page, 'Thể chế', `1/${institutionItems}`);
    await unitShows(page, UNITS[1], 0);

    await openUnit(page, UNITS[1]);
    await sectionShows(page, 'Thể chế', `0/${institutionItems}`);
    await unitShows(page, UNITS[0], 1);
    await unitShows(page, UNITS[1], 0);
    await openSection(page, 'Công vụ');
    await item(page, RECRUIT).getByLabel(/Số lượng/).fill('3');
    await unitShows(page, UNITS[1], 1);
    await unitShows(page, UNITS[0], 1);

    // The verdict taken back: the item is no longer answered, even after leaving the unit.
    await openUnit(page, UNITS[0]);
    await openSection(page, 'Thể chế');
    await item(page, PLAN).getByRole('button', { name: 'Bỏ chọn' }).click();
    await unitShows(page, UNITS[0], 0);
    await openUnit(page, UNITS[1]);
    await unitShows(page, UNITS[0], 0);
    await unitShows(page, UNITS[1], 1);
  });

  it('updates the counts of a checklist left open in another window when a colleague’s package is imported', async () => {
    // The leader sets up; a member answers on her own laptop and sends her package back.
    const leaderLaptop = await lab.context();
    const leader = await leaderLaptop.newPage();
    const { checklistUrl } = await leaderCreatesInspection(leader, lab.url);
    await openTab(leader, 'Trao đổi dữ liệu');
    const setup = await exportPackage(leader, 'Xuất gói thiết lập cho thành viên');

    const binh = await (await lab.context()).newPage();
    await binh.goto(lab.url);
    await binh.getByRole('button', { name: 'Nhập tệp trao đổi (.tkt)' }).click();
    await chooseFiles(binh, [setup]);
    await previewTable(binh);
    await applyImport(binh);
    await binh.getByRole('link', { name: 'Mở cuộc kiểm tra vừa nhập và chọn “Tôi là …”' }).click();
    await binh.getByLabel('Tôi là').selectOption({ label: 'Trần Thị Bình (Thành viên)' });
    await binh.getByRole('button', { name: 'Xác nhận' }).click();
    await openTab(binh, 'Phiếu kiểm tra');
    await openUnit(binh, UNITS[0]);
    await openSection(binh, 'Thể chế');
    await item(binh, PLAN).getByRole('radio', { name: 'Đạt', exact: true }).check();
    await unitShows(binh, UNITS[0], 1);
    await openTab(binh, 'Trao đổi dữ liệu');
    const fromBinh = await exportPackage(binh, 'Xuất kết quả của tôi');

    // The leader keeps the checklist open on the other unit in a second window, and imports in the first.
    const checklist = await leaderLaptop.newPage();
    await checklist.goto(checklistUrl);
    await openUnit(checklist, UNITS[1]);
    await unitShows(checklist, UNITS[0], 0);
    await chooseFiles(leader, [fromBinh]);
    await previewTable(leader);
    expect(await applyImport(leader)).toMatch(/^Đã nhập [1-9]\d* bản ghi mới từ 1 tệp\./);
    await unitShows(checklist, UNITS[0], 1);
    await unitShows(checklist, UNITS[1], 0);

    // And the imported unit opened: its own sections count the answer too.
    await openUnit(checklist, UNITS[0]);
    await sectionShows(checklist, 'Thể chế', `1/${CCHC_TEMPLATE.sections.find((s) => s.shortTitle === 'Thể chế')!.items.length}`);
  });
});
