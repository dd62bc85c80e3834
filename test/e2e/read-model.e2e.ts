/**
 * The leader's screens read the read model: on a generated inspection (a
 * small one from the bench generator), opening Tổng hợp đoàn and Báo cáo
 * shows the right disagreements and the report, and deriveState never runs
 * on the whole inspection meanwhile (the app counts its calls when asked).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { deriveState, disagreements, mergeEdits } from '../../shared/domain/derive';
import { generateInspection, QUICK } from '../bench/generator';
import { seedEdits } from '../fixtures/report/browser';
import { useLaptops } from './harness';

interface DeriveStats {
  calls: number;
  edits: number;
  largest: number;
}

const stats = (page: Page) => page.evaluate(() => ({ ...(window as unknown as { __tktDeriveStats: DeriveStats }).__tktDeriveStats }));

describe('leader screens on a generated inspection', () => {
  const laptops = useLaptops();

  it('Tổng hợp đoàn and Báo cáo show the merged work without deriving the whole inspection', async () => {
    const li = generateInspection({ ...QUICK, edits: 1_500, findings: 20 });
    const all = mergeEdits(...li.byMember);
    const open = disagreements(deriveState(all)).length;
    expect(open).toBeGreaterThan(0);

    const page = await laptops.page();
    await page.addInitScript(() => localStorage.setItem('tkt:probes', '1'));
    await page.goto(laptops.url);
    await page.getByRole('link', { name: 'Tự Kiểm Tra' }).waitFor();
    await seedEdits(page, li.inspectionId, all);

    await page.goto(`${laptops.url}#/i/${li.inspectionId}/team`);
    await page.reload();
    await page.getByRole('heading', { name: 'Tổng hợp của đoàn' }).waitFor();
    await page.getByRole('heading', { name: `Bất đồng cần xử lý (${open})` }).waitFor();
    await page.getByRole('table', { name: 'Tiến độ theo thành viên' }).waitFor();
    const team = await stats(page);
    expect(team.largest, `deriveState ran on ${team.largest} of ${all.length} edits on the team page`).toBeLessThan(all.length / 2);

    await page.getByRole('link', { name: 'Báo cáo' }).first().click();
    const preview = page.getByRole('article', { name: 'Xem trước báo cáo' });
    await preview.waitFor();
    expect(await preview.textContent()).toContain('cải cách hành chính');
    const report = await stats(page);
    expect(report.largest, `deriveState ran on ${report.largest} of ${all.length} edits on the report page`).toBeLessThan(all.length / 2);
  });
});
