/**
 * A leader starts this year's inspection from last year's: the set-up, units,
 * members and assignments come over; the plan, decision and dates are typed
 * for the new period.
 */
import { describe, expect, it } from 'vitest';
import { useLaptops } from './harness';
import { createInspection, MEMBERS, UNITS } from './inspector-steps';

const lab = useLaptops();

describe('starting from a previous inspection', () => {
  it('copies units, members and assignments into a new inspection, leaving the new period to be entered', async () => {
    const page = await (await lab.context()).newPage();
    await createInspection(page, lab.url);
    await page.getByRole('link', { name: 'Tự Kiểm Tra' }).click();
    await page.getByRole('link', { name: 'Tạo cuộc kiểm tra mới' }).click();
    await page.getByLabel('Cuộc kiểm tra trước', { exact: true }).selectOption({ label: 'Kiểm tra công tác cải cách hành chính năm 2025 (Kế hoạch số 14/KH-SKHCN)' });
    await page.getByRole('button', { name: 'Sao chép thiết lập' }).click();
    await page.getByRole('note').filter({ hasText: 'Đã sao chép thiết lập từ cuộc kiểm tra' }).waitFor();

    expect(await page.getByLabel('Tên đơn vị 1').inputValue()).toBe(UNITS[0]);
    expect(await page.getByLabel('Tên đơn vị 2').inputValue()).toBe(UNITS[1]);
    for (let i = 0; i < MEMBERS.length; i++)
      expect(await page.getByRole('group', { name: `Thành viên ${i + 1}`, exact: true }).getByLabel('Họ và tên').inputValue()).toBe(MEMBERS[i].name);
    const binh = page.getByRole('group', { name: 'Thành viên 2', exact: true });
    expect(await binh.getByRole('checkbox', { name: UNITS[1] }).isChecked()).toBe(true);
    expect(await binh.getByRole('checkbox', { name: '2. Thủ tục hành chính' }).isChecked()).toBe(true);
    expect(await binh.getByRole('checkbox', { name: '1. Thể chế' }).isChecked()).toBe(false);
    expect(await page.getByLabel('Kính gửi').inputValue()).toBe('Giám đốc Sở Khoa học và Công nghệ');
    expect(await page.getByLabel('Số, ký hiệu kế hoạch').inputValue()).toBe('');
    expect(await page.getByLabel('Kỳ kiểm tra từ ngày').inputValue()).toBe('');

    // Creating without the new plan is refused with a message, and nothing is created.
    await page.getByRole('button', { name: 'Tạo cuộc kiểm tra' }).click();
    await page.getByText('Hãy nhập số, ký hiệu văn bản.').first().waitFor();
    expect(page.url()).toMatch(/#\/new\/from\//);

    await page.getByLabel('Số, ký hiệu kế hoạch').fill('20/KH-SKHCN');
    await page.getByLabel('Ngày ban hành kế hoạch').fill('04/08/2026');
    await page.getByLabel('Trích yếu kế hoạch').fill('Kiểm tra công tác cải cách hành chính năm 2026');
    await page.getByLabel('Số, ký hiệu quyết định').fill('150/QĐ-SKHCN');
    await page.getByLabel('Ngày ban hành quyết định').fill('10/08/2026');
    await page.getByLabel('Kỳ kiểm tra từ ngày').fill('01/01/2026');
    await page.getByLabel('Kỳ kiểm tra đến ngày').fill('30/09/2026');
    await page.getByLabel('Kiểm tra thực tế từ ngày').fill('05/10/2026');
    await page.getByLabel('Kiểm tra thực tế đến ngày').fill('07/10/2026');
    await page.getByRole('button', { name: 'Tạo cuộc kiểm tra' }).click();
    await page.waitForURL(/#\/i\/[^/]+\/checklist/);
    const units = page.getByRole('navigation', { name: 'Đơn vị được kiểm tra' }).getByRole('link');
    await units.first().waitFor();
    expect((await units.allInnerTexts()).map((t) => t.split('\n')[0].trim())).toEqual(UNITS);

    // Both inspections are on the list.
    await page.getByRole('link', { name: 'Tự Kiểm Tra' }).click();
    await page.getByText(/Kỳ kiểm tra: 01\/01\/2026 – 30\/9\/2026/).waitFor();
    await page.getByText(/Kỳ kiểm tra: 01\/01\/2025 – 30\/9\/2025/).waitFor();
  });
});
