/**
 * A person's steps on the exchange screen, shared by the exchange browser
 * tests: export a package (a download), import files through the file
 * chooser, read the preview, apply.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { fillNewInspection, openUnit, UNITS } from './inspector-steps';

export interface SavedFile {
  name: string;
  path: string;
  data: Uint8Array;
}

export async function openTab(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Các phần của cuộc kiểm tra' }).getByRole('link', { name: label }).click();
}

/** Click an export button and keep the downloaded file. */
export async function exportPackage(page: Page, button: string, passphrase = ''): Promise<SavedFile> {
  await page.getByLabel('Mật khẩu của đoàn (không bắt buộc)').fill(passphrase);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await download.path();
  await page.getByRole('status').filter({ hasText: /^Đã xuất tệp/ }).waitFor();
  return { name: download.suggestedFilename(), path, data: new Uint8Array(await readFile(path)) };
}

/** Choose files with the import button (the browser's file chooser). */
export async function chooseFiles(page: Page, files: SavedFile[], scope: Locator | Page = page): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), scope.getByRole('button', { name: 'Chọn tệp .tkt để nhập…' }).click()]);
  await chooser.setFiles(files.map((f) => ({ name: f.name, mimeType: 'application/octet-stream', buffer: Buffer.from(f.data) })));
}

export function previewRows(page: Page): Locator {
  return page.getByRole('table', { name: 'Xem trước các tệp sẽ nhập' }).getByRole('row').filter({ has: page.getByRole('rowheader') });
}

/** The preview cells of each row, as the leader reads them. */
export async function previewTable(page: Page): Promise<string[][]> {
  await page.getByRole('table', { name: 'Xem trước các tệp sẽ nhập' }).waitFor();
  await page.getByText(/^Đang kiểm tra tệp/).waitFor({ state: 'detached' });
  const rows = previewRows(page);
  const out: string[][] = [];
  for (let i = 0; i < (await rows.count()); i++) out.push((await rows.nth(i).locator('th, td').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim()));
  return out;
}

/**
 * Press "Nhập" and wait for the result. A key new to this laptop is first
 * compared by the person (trust.e2e.ts reads both screens); here they have.
 */
export async function applyImport(page: Page): Promise<string> {
  await page.getByRole('table', { name: 'Xem trước các tệp sẽ nhập' }).waitFor();
  await page.getByText(/^Đang kiểm tra tệp/).waitFor({ state: 'detached' });
  for (const box of await page.getByRole('checkbox', { name: /tôi đã so sánh/ }).all()) await box.check();
  await page.getByRole('button', { name: 'Nhập', exact: true }).click();
  const status = page.getByRole('status').filter({ hasText: /^Đã nhập/ });
  await status.waitFor();
  return (await status.innerText()).replace(/\s+/g, ' ');
}

/** Drop files onto the import area, as dragging them from the file manager does. */
export async function dropFiles(page: Page, files: { name: string; data: Uint8Array }[]): Promise<void> {
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name));
    return dt;
  }, files.map((f) => ({ name: f.name, bytes: [...f.data] })));
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
}

/** A member receives the set-up package on a fresh laptop, imports it from the list page and says who they are. */
export async function memberJoins(page: Page, baseUrl: string, setup: SavedFile, me: string): Promise<void> {
  await page.goto(baseUrl);
  await page.getByRole('heading', { name: 'Các cuộc kiểm tra' }).waitFor();
  await page.getByRole('button', { name: 'Nhập tệp trao đổi (.tkt)' }).click();
  await chooseFiles(page, [setup]);
  const rows = await previewTable(page);
  expect(rows).toHaveLength(1);
  expect(rows[0][1]).toBe('Nguyễn Văn An');
  expect(rows[0][7]).toBe('Không có chữ ký đã biết');
  expect(await applyImport(page)).toMatch(/^Đã nhập \d+ bản ghi mới từ 1 tệp\./);
  await page.getByRole('link', { name: 'Mở cuộc kiểm tra vừa nhập và chọn “Tôi là …”' }).click();
  await page.getByLabel('Tôi là').selectOption({ label: me });
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await page.getByRole('heading', { name: 'Bạn là ai trong đoàn?' }).waitFor({ state: 'detached' });
  await openTab(page, 'Phiếu kiểm tra');
  await openUnit(page, UNITS[0]);
}

/** The leader (Nguyễn Văn An) creates the inspection through the set-up screen; returns its id and checklist address. */
export async function leaderCreatesInspection(page: Page, baseUrl: string): Promise<{ inspectionId: string; checklistUrl: string }> {
  await fillNewInspection(page, baseUrl);
  await page.getByLabel('Tôi là').selectOption({ label: 'Nguyễn Văn An (Trưởng đoàn)' });
  await page.getByRole('button', { name: 'Tạo cuộc kiểm tra' }).click();
  await page.waitForURL(/#\/i\/[^/]+\/checklist/);
  const checklistUrl = page.url();
  return { inspectionId: decodeURIComponent(/#\/i\/([^/]+)\//.exec(checklistUrl)![1]), checklistUrl };
}
