/**
 * The leader's desk with a generated team: eight members' packages chosen at
 * once are checked in the worker while the page keeps answering (progress in
 * words, "Hủy" works mid-way), then imported; on Tổng hợp đoàn the
 * disagreements are grouped and filtered, and the assigned members' values
 * are taken in bulk after a confirmation that states how many fields.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generateInspection, type LargeInspection } from '../bench/generator';
import { buildPackages } from '../bench/packages';
import { meKey } from '../../renderer/src/db/settings';
import { seedEdits } from '../fixtures/report/browser';
import type { Edit } from '../../shared/domain/edit';
import { useLaptops } from './harness';
import { chooseFiles, openTab, previewTable, type SavedFile } from './exchange-steps';

const lab = useLaptops();

/** Eight members, enough work per package that checking takes a while on any machine. */
const li: LargeInspection = generateInspection({ seed: 'leader-desk', units: 4, members: 8, edits: 24_000, findings: 40, concurrentShare: 0.1 });
const files: SavedFile[] = buildPackages(li).map((p) => ({ name: p.fileName, path: '', data: p.bytes }));
const leaderId = li.members[0].id;

/** The leader's laptop: the set-up it made, "Tôi là" the leader. */
async function leaderLaptop(): Promise<Page> {
  const page = await lab.page();
  await page.goto(lab.url);
  await page.getByRole('heading', { name: 'Các cuộc kiểm tra' }).waitFor();
  // The set-up goes in with its read model, as the app writes it.
  await seedEdits(page, li.inspectionId, li.setup as Edit[]);
  const me = JSON.stringify({ key: meKey(li.inspectionId), value: leaderId });
  await page.evaluate(async (json: string) => {
    const row = JSON.parse(json) as { key: string; value: string };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('tu-kiem-tra');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['settings'], 'readwrite');
      tx.objectStore('settings').put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, me);
  await page.goto(`${lab.url}#/i/${li.inspectionId}/exchange`);
  await page.reload();
  await page.getByRole('heading', { name: 'Trao đổi dữ liệu' }).waitFor();
  return page;
}

describe('the leader merges eight members’ work', () => {
  it('checks eight packages with progress in words, can cancel mid-way, then imports them all', async () => {
    const page = await leaderLaptop();
    const panel = page.getByRole('region', { name: 'Nhập dữ liệu' });

    await chooseFiles(page, files, panel);
    const progress = panel.getByRole('status').filter({ hasText: /^Đang kiểm tra tệp \d+\/8…/ });
    await progress.waitFor();
    // The worker moves on to a later file while the page is on screen…
    await panel.getByText(/^Đang kiểm tra tệp [2-8]\/8…$/).waitFor();
    // …and the page answers: "Hủy" stops the check and leaves nothing chosen.
    await panel.getByRole('button', { name: 'Hủy' }).click();
    await progress.waitFor({ state: 'detached' });
    expect(await panel.getByRole('table', { name: 'Xem trước các tệp sẽ nhập' }).count()).toBe(0);
    expect(await panel.getByRole('button', { name: 'Nhập', exact: true }).count()).toBe(0);

    // Chosen again and left to finish: one preview row per member.
    await chooseFiles(page, files, panel);
    await panel.getByText(/^Đang kiểm tra tệp \d+\/8…$/).waitFor();
    // Typing elsewhere on the page works while the files are being checked.
    const pass = page.getByLabel('Mật khẩu của đoàn (không bắt buộc)');
    await pass.fill('thử gõ trong lúc kiểm tra');
    expect(await pass.inputValue()).toBe('thử gõ trong lúc kiểm tra');
    const rows = await previewTable(page);
    expect(rows).toHaveLength(8);
    await panel.getByRole('button', { name: 'Nhập', exact: true }).click();
    const done = page.getByRole('status').filter({ hasText: /^Đã nhập/ });
    await done.waitFor();
    expect(await done.innerText()).toMatch(/^Đã nhập [1-9][\d.]* bản ghi mới từ 8 tệp\./);

    // Tổng hợp đoàn: grouped by unit and section, filtered, bulk choice after confirmation.
    await openTab(page, 'Tổng hợp đoàn');
    const heading = page.getByRole('heading', { name: /^Bất đồng cần xử lý \(\d+\)$/ });
    await heading.waitFor();
    const total = Number(/\((\d+)\)/.exec(await heading.innerText())![1]);
    expect(total).toBeGreaterThan(0);
    const firstUnit = li.units[0].name;
    await page.getByRole('group', { name: 'Lọc bất đồng' }).getByLabel('Đơn vị').selectOption({ label: firstUnit });
    const groups = page.getByRole('region', { name: new RegExp(`^${firstUnit} — `) });
    await groups.first().waitFor();
    expect(await page.getByRole('region', { name: new RegExp(`^${li.units[1].name} — `) }).count()).toBe(0);

    const bulk = page.getByRole('button', { name: /^Lấy giá trị của thành viên được phân công \((\d+) trường\)$/ });
    const n = Number(/\((\d+) trường\)/.exec(await bulk.innerText())![1]);
    expect(n).toBeGreaterThan(0);
    await bulk.click();
    const dialog = page.getByRole('dialog', { name: 'Lấy giá trị của thành viên được phân công?' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain(`${n} trường sẽ lấy giá trị của thành viên được phân công`);
    await dialog.getByRole('button', { name: `Lấy giá trị cho ${n} trường` }).click();
    await page.getByRole('heading', { name: `Bất đồng cần xử lý (${total - n})` }).waitFor();
  });
});
