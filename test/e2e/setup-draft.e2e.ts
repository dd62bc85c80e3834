/**
 * The set-up form keeps what was typed: leaving it halfway for another page,
 * or reloading, brings the same values back; creating the inspection
 * discards the draft, and so does "Bỏ bản nháp".
 */
import { describe, expect, it } from 'vitest';
import { useLaptops } from './harness';

const laptops = useLaptops();

describe('set-up draft', () => {
  it('keeps a half-filled new inspection across navigation and reload, and forgets it when discarded', async () => {
    const page = await laptops.page();
    await page.goto(laptops.url);
    await page.getByRole('link', { name: 'Tạo cuộc kiểm tra mới' }).click();
    await page.getByRole('heading', { name: 'Tạo cuộc kiểm tra mới' }).waitFor();
    await page.getByLabel('Kính gửi').fill('Giám đốc Sở Khoa học và Công nghệ');
    await page.getByLabel('Số, ký hiệu kế hoạch').fill('14/KH-SKHCN');
    await page.getByLabel('Tên đơn vị 1').fill('Văn phòng Sở');

    // Away to the list and back.
    await page.getByRole('link', { name: 'Tự Kiểm Tra' }).click();
    await page.getByRole('link', { name: 'Tạo cuộc kiểm tra mới' }).click();
    await page.getByRole('status').filter({ hasText: /^Bản nháp chưa lưu/ }).waitFor();
    expect(await page.getByLabel('Kính gửi').inputValue()).toBe('Giám đốc Sở Khoa học và Công nghệ');
    expect(await page.getByLabel('Số, ký hiệu kế hoạch').inputValue()).toBe('14/KH-SKHCN');
    expect(await page.getByLabel('Tên đơn vị 1').inputValue()).toBe('Văn phòng Sở');

    // A reload keeps it too.
    await page.getByLabel('Trích yếu kế hoạch').fill('Kiểm tra công tác cải cách hành chính năm 2025');
    await page.getByRole('link', { name: 'Tự Kiểm Tra' }).click();
    await page.reload();
    await page.getByRole('link', { name: 'Tạo cuộc kiểm tra mới' }).click();
    await page.getByRole('status').filter({ hasText: /^Bản nháp chưa lưu/ }).waitFor();
    expect(await page.getByLabel('Trích yếu kế hoạch').inputValue()).toBe('Kiểm tra công tác cải cách hành chính năm 2025');
    expect(await page.getByLabel('Tên đơn vị 1').inputValue()).toBe('Văn phòng Sở');

    // "Bỏ bản nháp" empties the form and the draft.
    await page.getByRole('button', { name: 'Bỏ bản nháp' }).click();
    expect(await page.getByLabel('Kính gửi').inputValue()).toBe('');
    await page.getByRole('link', { name: 'Tự Kiểm Tra' }).click();
    await page.getByRole('link', { name: 'Tạo cuộc kiểm tra mới' }).click();
    await page.getByRole('heading', { name: 'Tạo cuộc kiểm tra mới' }).waitFor();
    expect(await page.getByLabel('Tên đơn vị 1').inputValue()).toBe('');
    expect(await page.getByRole('status').filter({ hasText: /^Bản nháp chưa lưu/ }).count()).toBe(0);
  });
});
