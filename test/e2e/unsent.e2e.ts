/**
 * A member sees what is not yet sent to the leader: after exporting, typing
 * more shows "1 thay đổi chưa gửi trưởng đoàn · Xuất ngay"; exporting again
 * clears it.
 */
import { describe, expect, it } from 'vitest';
import { useLaptops } from './harness';
import { exportPackage, openTab } from './exchange-steps';
import { createInspection, item, openSection, typeAndWaitSaved } from './inspector-steps';

const laptops = useLaptops();
const PLAN = /Kế hoạch xây dựng, kiểm tra, rà soát văn bản quy phạm pháp luật năm/;
const unsent = (page: import('playwright-core').Page) => page.getByRole('status').filter({ hasText: /thay đổi chưa gửi trưởng đoàn/ });

describe('unsent changes', () => {
  it('shows the member how many changes the leader has not received, until they export', async () => {
    const page = await laptops.page();
    await createInspection(page, laptops.url);
    await openSection(page, 'Thể chế');
    await typeAndWaitSaved(page, item(page, PLAN).getByLabel('Nhận xét'), 'Đã ban hành đúng hạn');
    await unsent(page).waitFor();

    await openTab(page, 'Trao đổi dữ liệu');
    await exportPackage(page, 'Xuất kết quả của tôi');
    await unsent(page).waitFor({ state: 'detached' });

    await openTab(page, 'Phiếu kiểm tra');
    await openSection(page, 'Thể chế');
    await typeAndWaitSaved(page, item(page, PLAN).getByLabel('Nhận xét'), 'Đã ban hành đúng hạn, có sổ theo dõi');
    await unsent(page).filter({ hasText: /^1 thay đổi chưa gửi trưởng đoàn · Xuất ngay$/ }).waitFor();
    await unsent(page).getByRole('link', { name: 'Xuất ngay' }).click();
    await page.getByRole('heading', { name: 'Trao đổi dữ liệu' }).waitFor();
    await exportPackage(page, 'Xuất kết quả của tôi');
    await unsent(page).waitFor({ state: 'detached' });
    expect(await unsent(page).count()).toBe(0);
  });
});
