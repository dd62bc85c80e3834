/**
 * A person's steps through the inspector screens, shared by the inspector
 * browser tests. Elements are found by role and label, as a user sees them.
 */
import type { Locator, Page } from 'playwright-core';

export const UNITS = ['Văn phòng Sở', 'Phòng Kế hoạch - Tài chính'];
export const MEMBERS = [
  { name: 'Nguyễn Văn An', position: 'Phó Giám đốc Sở', role: 'Trưởng đoàn' },
  { name: 'Trần Thị Bình', position: 'Chánh Văn phòng', role: 'Thành viên' },
  { name: 'Lê Văn Cường', position: 'Chuyên viên', role: 'Thư ký' },
];

/** Fills the set-up form of a new inspection (two units, three members, "Tôi là" Trần Thị Bình) without submitting. */
export async function fillNewInspection(page: Page, baseUrl: string): Promise<void> {
  await page.goto(baseUrl);
  await page.getByRole('link', { name: 'Tạo cuộc kiểm tra mới' }).click();
  await page.getByRole('heading', { name: 'Tạo cuộc kiểm tra mới' }).waitFor();
  await page.getByLabel('Kính gửi').fill('Giám đốc Sở Khoa học và Công nghệ');
  await page.getByLabel('Số, ký hiệu kế hoạch').fill('14/KH-SKHCN');
  await page.getByLabel('Ngày ban hành kế hoạch').fill('05/08/2025');
  await page.getByLabel('Trích yếu kế hoạch').fill('Kiểm tra công tác cải cách hành chính năm 2025');
  await page.getByLabel('Số, ký hiệu quyết định').fill('128/QĐ-SKHCN');
  await page.getByLabel('Ngày ban hành quyết định').fill('12/08/2025');
  await page.getByLabel('Kỳ kiểm tra từ ngày').fill('01/01/2025');
  await page.getByLabel('Kỳ kiểm tra đến ngày').fill('30/09/2025');
  await page.getByLabel('Kiểm tra thực tế từ ngày').fill('06/10/2025');
  await page.getByLabel('Kiểm tra thực tế đến ngày').fill('08/10/2025');

  await page.getByLabel('Tên đơn vị 1').fill(UNITS[0]);
  await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
  await page.getByLabel('Tên đơn vị 2').fill(UNITS[1]);

  for (let i = 0; i < MEMBERS.length; i++) {
    if (i > 0) await page.getByRole('button', { name: 'Thêm thành viên' }).click();
    const group = page.getByRole('group', { name: `Thành viên ${i + 1}`, exact: true });
    await group.getByLabel('Họ và tên').fill(MEMBERS[i].name);
    await group.getByLabel('Chức vụ').fill(MEMBERS[i].position);
    await group.getByLabel('Vai trò').selectOption({ label: MEMBERS[i].role });
  }
  // Trần Thị Bình is assigned the second unit and two sections.
  const binh = page.getByRole('group', { name: 'Thành viên 2', exact: true });
  await binh.getByRole('checkbox', { name: UNITS[1] }).check();
  await binh.getByRole('checkbox', { name: '2. Thủ tục hành chính' }).check();
  await binh.getByRole('checkbox', { name: '4. Công vụ' }).check();
  await page.getByLabel('Tôi là').selectOption({ label: 'Trần Thị Bình (Thành viên)' });
}

/** Creates the inspection and waits for its checklist. */
export async function createInspection(page: Page, baseUrl: string): Promise<void> {
  await fillNewInspection(page, baseUrl);
  await page.getByRole('button', { name: 'Tạo cuộc kiểm tra' }).click();
  await page.waitForURL(/#\/i\/[^/]+\/checklist\/[^/]+\/[^/]+$/);
  await page.getByRole('navigation', { name: 'Nội dung kiểm tra' }).waitFor();
}

export function item(page: Page, text: string | RegExp): Locator {
  return page.getByRole('article', { name: text });
}

export async function openUnit(page: Page, unitName: string): Promise<void> {
  const link = page.getByRole('navigation', { name: 'Đơn vị được kiểm tra' }).getByRole('link', { name: new RegExp(`^${unitName}`) });
  await link.click();
  await link.and(page.locator('[aria-current="page"]')).waitFor();
}

export async function openSection(page: Page, shortTitle: string): Promise<void> {
  const link = page.getByRole('navigation', { name: 'Nội dung kiểm tra' }).getByRole('link', { name: new RegExp(`^\\d+\\. ${shortTitle}`) });
  await link.click();
  await link.and(page.locator('[aria-current="page"]')).waitFor();
}

/** The header's save indicator once everything typed is stored ("Đã lưu lúc 09:12"). */
export function savedStatus(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: /^Đã lưu( lúc \d\d:\d\d)?$/ });
}

/** The header's count of typed values the checks refused ("Chưa lưu: 2 ô có lỗi"). */
export function unsavedStatus(page: Page, count?: number): Locator {
  return page.getByRole('status').filter({ hasText: count === undefined ? /^Chưa lưu: \d+ ô có lỗi/ : new RegExp(`^Chưa lưu: ${count} ô có lỗi`) });
}

/**
 * Type into an autosaved field and wait until it is on disk: "Đang lưu…"
 * shows while the debounce waits, "Đã lưu lúc …" once the write committed.
 */
export async function typeAndWaitSaved(page: Page, field: Locator, text: string): Promise<void> {
  await field.fill(text);
  await page.getByText('Đang lưu…').waitFor();
  await savedStatus(page).waitFor();
}

/** Type a value the checklist must refuse, and wait for its message and the header's "Chưa lưu". */
export async function typeInvalid(page: Page, field: Locator, text: string, container: Locator, message: string | RegExp): Promise<void> {
  await field.fill(text);
  await container.getByRole('alert').filter({ hasText: message }).waitFor();
  await unsavedStatus(page).waitFor();
}
