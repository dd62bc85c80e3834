/**
 * A deletion is never final by one click: deleting a shortcoming shows
 * "Đã xóa … · Hoàn tác", and Hoàn tác brings it back with its text and cause,
 * still there after a reload; the history keeps the deletion and the restore.
 */
import { describe, expect, it } from 'vitest';
import { useLaptops } from './harness';
import { storedEdits } from './history-steps';
import { createInspection, openSection } from './inspector-steps';

const laptops = useLaptops();

describe('undo a deletion', () => {
  it('deletes a shortcoming, presses Hoàn tác, and finds it back after a reload', async () => {
    const page = await laptops.page();
    await createInspection(page, laptops.url);
    await openSection(page, 'Thủ tục hành chính');
    const findings = page.getByRole('region', { name: /Đánh giá chung nội dung Thủ tục hành chính/ });
    await findings.getByRole('button', { name: 'Thêm tồn tại, hạn chế' }).click();
    await findings.getByLabel('Nội dung tồn tại, hạn chế').fill('Tỷ lệ thanh toán trực tuyến chưa đạt chỉ tiêu');
    await findings.getByLabel('Nguyên nhân').fill('Người dân chưa quen thanh toán qua mạng');
    await findings.getByRole('button', { name: 'Lưu' }).click();
    await findings.getByLabel('Nội dung tồn tại, hạn chế').waitFor({ state: 'detached' });
    const text = findings.getByText('Tỷ lệ thanh toán trực tuyến chưa đạt chỉ tiêu');
    await text.waitFor();

    await findings.getByRole('button', { name: 'Xóa tồn tại, hạn chế 1' }).click();
    await text.waitFor({ state: 'detached' });
    const undo = page.getByRole('status').filter({ hasText: 'Đã xóa tồn tại, hạn chế 1' });
    await undo.getByRole('button', { name: 'Hoàn tác' }).click();
    await text.waitFor();
    await findings.getByText('Nguyên nhân: Người dân chưa quen thanh toán qua mạng').waitFor();

    await page.reload();
    await page.getByRole('region', { name: /Đánh giá chung nội dung Thủ tục hành chính/ }).getByText('Tỷ lệ thanh toán trực tuyến chưa đạt chỉ tiêu').waitFor();
    expect(await page.getByRole('region', { name: /Đánh giá chung nội dung Thủ tục hành chính/ }).getByText('Nguyên nhân: Người dân chưa quen thanh toán qua mạng').count()).toBe(1);
    // The history holds both states: the deletion and the restore are edits after the text, which was never erased.
    expect((await storedEdits(page, { entity: 'finding', field: '$deleted' })).map((e) => e.value)).toEqual([true, false]);
    expect((await storedEdits(page, { entity: 'finding', field: 'text' })).map((e) => e.value)).toContain('Tỷ lệ thanh toán trực tuyến chưa đạt chỉ tiêu');
  });
});
