/**
 * After a deliberate mistake (a verdict changed, a shortcoming deleted,
 * another added), the member returns the inspection to the state of the
 * backup taken before it: a preview says how much will change, and after
 * confirming the answers and the shortcoming are back; the history holds
 * both states.
 */
import { describe, expect, it } from 'vitest';
import { exportPackage, openTab } from './exchange-steps';
import { useLaptops } from './harness';
import { storedEdits } from './history-steps';
import { createInspection, item, openSection, openUnit, savedStatus, UNITS } from './inspector-steps';
import type { Page } from 'playwright-core';

const lab = useLaptops();
const PLAN = /^1\.1\. Ban hành Kế hoạch xây dựng/;
const KEPT = 'Tỷ lệ thanh toán trực tuyến chưa đạt chỉ tiêu';
const LATER = 'Một tồn tại ghi nhầm sau khi sao lưu';

const findings = (page: Page) => page.getByRole('region', { name: /Đánh giá chung nội dung Thủ tục hành chính/ });

async function addShortcoming(page: Page, text: string): Promise<void> {
  await findings(page).getByRole('button', { name: 'Thêm tồn tại, hạn chế' }).click();
  await findings(page).getByLabel('Nội dung tồn tại, hạn chế').fill(text);
  await findings(page).getByRole('button', { name: 'Lưu' }).click();
  await findings(page).getByText(text).waitFor();
}

describe('returning to a backup’s state', () => {
  it('previews, confirms, and brings back the answers and records of the backup as new edits', async () => {
    const page = await lab.page();
    await createInspection(page, lab.url);
    await openUnit(page, UNITS[1]);
    await openSection(page, 'Thể chế');
    await item(page, PLAN).getByRole('radio', { name: 'Đạt', exact: true }).check();
    await item(page, PLAN).getByText('Người ghi: Trần Thị Bình').waitFor();
    await openSection(page, 'Thủ tục hành chính');
    await addShortcoming(page, KEPT);

    await openTab(page, 'Trao đổi dữ liệu');
    const backup = await exportPackage(page, 'Sao lưu toàn bộ');

    // The mistake.
    await openTab(page, 'Phiếu kiểm tra');
    await openUnit(page, UNITS[1]);
    await openSection(page, 'Thể chế');
    await item(page, PLAN).getByRole('radio', { name: 'Không đạt', exact: true }).check();
    await savedStatus(page).waitFor();
    await openSection(page, 'Thủ tục hành chính');
    await findings(page).getByRole('button', { name: 'Xóa tồn tại, hạn chế 1' }).click();
    await findings(page).getByText(KEPT).waitFor({ state: 'detached' });
    await addShortcoming(page, LATER);

    // Back to the backup's state.
    await openTab(page, 'Trao đổi dữ liệu');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Đưa cuộc kiểm tra về trạng thái của bản sao lưu…' }).click()]);
    await chooser.setFiles({ name: backup.name, mimeType: 'application/octet-stream', buffer: Buffer.from(backup.data) });
    const panel = page.getByRole('region', { name: 'Đưa cuộc kiểm tra về trạng thái của bản sao lưu' });
    await panel
      .getByRole('status')
      .filter({ hasText: 'Sẽ đổi lại 1 ô, xóa 1 bản ghi tạo sau bản sao lưu, khôi phục 1 bản ghi đã xóa từ sau bản sao lưu.' })
      .waitFor();
    await panel.getByRole('button', { name: 'Đưa về trạng thái này' }).click();
    await panel.getByRole('status').filter({ hasText: /^Đã đưa cuộc kiểm tra về trạng thái của bản sao lưu: đổi lại 1 ô/ }).waitFor();

    await openTab(page, 'Phiếu kiểm tra');
    await openUnit(page, UNITS[1]);
    await openSection(page, 'Thể chế');
    expect(await item(page, PLAN).getByRole('radio', { name: 'Đạt', exact: true }).isChecked()).toBe(true);
    await openSection(page, 'Thủ tục hành chính');
    await findings(page).getByText(KEPT).waitFor();
    expect(await findings(page).getByText(LATER).count()).toBe(0);

    // Both states stay in the history: nothing was erased, the return is new edits.
    expect((await storedEdits(page, { entity: 'response', field: 'verdict' })).map((e) => e.value)).toEqual(['dat', 'khong-dat', 'dat']);
    expect((await storedEdits(page, { entity: 'finding', field: 'text' })).map((e) => e.value)).toEqual([KEPT, LATER, KEPT]);
    // The mistaken deletion and the return's deletion of the later record, and the un-delete (their order follows record ids).
    expect((await storedEdits(page, { entity: 'finding', field: '$deleted' })).map((e) => e.value).sort()).toEqual([false, true, true]);
  });
});
