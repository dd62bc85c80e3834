/**
 * The inspection list (issue 12, point 6): progress and last change per
 * inspection; archive and restore; delete only after the impact is shown and
 * the name is typed.
 */
import { describe, expect, it } from 'vitest';
import { CCHC_TEMPLATE } from '../../shared/templates';
import { useLaptops } from './harness';
import { createInspection, item, openSection, savedStatus } from './inspector-steps';

const lab = useLaptops();
const ITEMS = CCHC_TEMPLATE.sections.reduce((n, s) => n + s.items.length, 0);

describe('the inspection list', () => {
  it('shows progress and last change, archives and restores, and deletes only after the typed name', async () => {
    const page = await lab.page();
    await createInspection(page, lab.url);
    await openSection(page, 'Thể chế');
    await item(page, /^1\.1\. Ban hành Kế hoạch xây dựng/).getByRole('radio', { name: 'Đạt', exact: true }).check();
    await savedStatus(page).waitFor();
    await page.getByRole('link', { name: 'Tự Kiểm Tra' }).click();

    const active = page.getByRole('list', { name: 'Đang thực hiện' });
    const card = active.getByRole('listitem');
    await card.getByText(`Đã ghi 1/${(2 * ITEMS).toLocaleString('vi-VN')} tiêu chí`).waitFor();
    expect(await card.textContent()).toMatch(/Sửa lần cuối: \d{2}:\d{2} \d{2}\/\d{1,2}\/\d{4}/);
    const title = (await card.getByRole('heading').textContent())!.trim();

    // Archive: out of the main list, into "Đã lưu trữ", nothing lost.
    await card.getByRole('button', { name: `Lưu trữ ${title}` }).click();
    await page.getByRole('status').getByText(`Đã lưu trữ “${title}”.`, { exact: false }).waitFor();
    await active.waitFor({ state: 'detached' });
    const archived = page.getByRole('list', { name: 'Đã lưu trữ' });
    await page.getByRole('heading', { name: 'Đã lưu trữ (1)' }).waitFor();
    await archived.getByRole('button', { name: `Khôi phục ${title}` }).click();
    await active.getByText(`Đã ghi 1/${(2 * ITEMS).toLocaleString('vi-VN')} tiêu chí`).waitFor();
    expect(await archived.count()).toBe(0);

    // Delete: the dialog states what goes; a wrong name deletes nothing.
    await card.getByRole('button', { name: `Xóa ${title}` }).click();
    const dialog = page.getByRole('dialog', { name: `Xóa cuộc kiểm tra “${title}”?` });
    const impact = dialog.getByRole('list', { name: 'Dữ liệu sẽ bị xóa' });
    await impact.waitFor();
    expect(await impact.getByRole('listitem').allTextContents()).toEqual([
      '2 đơn vị được kiểm tra và 3 thành viên đoàn',
      '1 kết quả kiểm tra tiêu chí đã ghi',
      '0 văn bản, tài liệu minh chứng',
      '0 ưu điểm, tồn tại hạn chế và 0 kiến nghị',
      '0 phiên bản báo cáo đã chốt',
    ]);
    await dialog.getByLabel('Gõ tên cuộc kiểm tra để xác nhận').fill(title.slice(0, -2));
    await dialog.getByRole('button', { name: 'Xóa vĩnh viễn' }).click();
    await dialog.getByRole('alert').getByText(`Tên chưa khớp. Hãy gõ đúng tên cuộc kiểm tra: “${title}”.`).waitFor();
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await card.count()).toBe(1);

    await card.getByRole('button', { name: `Xóa ${title}` }).click();
    await dialog.getByLabel('Gõ tên cuộc kiểm tra để xác nhận').fill(title);
    await dialog.getByRole('button', { name: 'Xóa vĩnh viễn' }).click();
    await page.getByRole('status').getByText(`Đã xóa cuộc kiểm tra “${title}” khỏi máy này.`).waitFor();
    await page.getByText('Chưa có cuộc kiểm tra nào trên máy này').waitFor();
    // Gone after a reload too.
    await page.reload();
    await page.getByText('Chưa có cuộc kiểm tra nào trên máy này').waitFor();
  });
});
