/**
 * Who I am, first: on a laptop where nobody chose "Tôi là …", the checklist
 * asks before anything can be typed; afterwards it opens on the member's
 * first assigned unit and section, and answers carry the member's name.
 */
import { describe, expect, it } from 'vitest';
import { useLaptops } from './harness';
import { fillNewInspection, item, MEMBERS, typeAndWaitSaved, UNITS } from './inspector-steps';

const laptops = useLaptops();

describe('who I am, first', () => {
  it('asks "Tôi là …" before the checklist can be typed in, then opens my first unit and section', async () => {
    const page = await laptops.page();
    await fillNewInspection(page, laptops.url);
    await page.getByLabel('Tôi là').selectOption({ label: '— Chọn thành viên —' });
    await page.getByRole('button', { name: 'Tạo cuộc kiểm tra' }).click();

    await page.getByRole('heading', { name: 'Bạn là ai trong đoàn?' }).waitFor();
    expect(await page.getByLabel('Nhận xét').count()).toBe(0);
    await page.getByLabel('Tôi là').selectOption({ label: `${MEMBERS[1].name} (Thành viên)` });
    await page.getByRole('button', { name: 'Xác nhận' }).click();

    // Trần Thị Bình is assigned the second unit, sections 2 and 4.
    const units = page.getByRole('navigation', { name: 'Đơn vị được kiểm tra' });
    await units.getByRole('link', { name: new RegExp(`^${UNITS[1]}`) }).and(page.locator('[aria-current="page"]')).waitFor();
    const sections = page.getByRole('navigation', { name: 'Nội dung kiểm tra' });
    await sections.getByRole('link', { name: /^2\. Thủ tục hành chính/ }).and(page.locator('[aria-current="page"]')).waitFor();

    const first = page.getByRole('article').first();
    await typeAndWaitSaved(page, first.getByLabel('Nhận xét'), 'Đã xem sổ theo dõi');
    await first.getByText(`Người ghi: ${MEMBERS[1].name}`, { exact: false }).waitFor();
    expect(await item(page, /./).first().getByText('người thiết lập').count()).toBe(0);
  });
});
