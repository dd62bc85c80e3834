/**
 * The team dashboard and the Excel export, as a leader and a member use them:
 * answers typed in the checklist show in the matrix with the checklist's own
 * counts, a cell opens that unit × section, the indicators show against their
 * targets, and the exported workbook opens in LibreOffice Calc with the
 * values typed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { CCHC_TEMPLATE } from '../../shared/templates';
import { parseCsv, xlsxToCsv } from '../unit/export/calc';
import { leaderCreatesInspection, openTab } from './exchange-steps';
import { useLaptops } from './harness';
import { createInspection, item, openSection, openUnit, typeAndWaitSaved, UNITS } from './inspector-steps';

const lab = useLaptops();
const dir = mkdtempSync(join(tmpdir(), 'tkt-dashboard-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ON_TIME = /Hồ sơ TTHC được giải quyết đúng hạn/;
const DIGITISED = /^2\.11\. Số hóa hồ sơ/;
const PLAN = /^1\.1\. Ban hành Kế hoạch xây dựng/;

function matrix(page: Page) {
  return page.getByRole('table', { name: 'Tiến độ và kết quả theo đơn vị và nội dung kiểm tra' });
}

/** What the checklist's section list says for the section it has open: "answered/total". */
async function checklistCount(page: Page): Promise<string> {
  const current = page.getByRole('navigation', { name: 'Nội dung kiểm tra' }).locator('a[aria-current="page"]');
  return (await current.getByLabel(/^đã trả lời/).textContent()) ?? '';
}

async function answerAsLeader(page: Page): Promise<void> {
  await openUnit(page, UNITS[0]);
  await openSection(page, 'Thể chế');
  await item(page, PLAN).getByRole('radio', { name: 'Đạt', exact: true }).check();
  await openSection(page, 'Thủ tục hành chính');
  const onTime = item(page, ON_TIME);
  await onTime.getByRole('radio', { name: 'Đạt', exact: true }).check();
  await onTime.getByLabel('Tử số').fill('1114');
  await onTime.getByLabel('Mẫu số').fill('1114');
  await typeAndWaitSaved(page, onTime.getByLabel('Nhận xét'), 'Không có hồ sơ trễ hạn');
  const digitised = item(page, DIGITISED);
  await digitised.getByRole('radio', { name: 'Đạt một phần', exact: true }).check();
  await digitised.getByLabel('Tử số').fill('13');
  await typeAndWaitSaved(page, digitised.getByLabel('Mẫu số'), '21');
  await openUnit(page, UNITS[1]);
  await openSection(page, 'Thủ tục hành chính');
  const other = item(page, ON_TIME);
  await other.getByRole('radio', { name: 'Không đạt', exact: true }).check();
  await other.getByLabel('Tử số').fill('40');
  await typeAndWaitSaved(page, other.getByLabel('Mẫu số'), '52');
}

describe('team dashboard', () => {
  it('shows the leader every unit × section with the checklist’s counts, opens a cell in the checklist, charts the indicators and exports the results to Excel', async () => {
    const page = await (await lab.context()).newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    const { checklistUrl } = await leaderCreatesInspection(page, lab.url);
    await page.goto(checklistUrl);
    await answerAsLeader(page);

    await openTab(page, 'Tổng quan');
    await matrix(page).waitFor();
    expect(await matrix(page).getByRole('row').count()).toBe(1 + UNITS.length);
    // Every cell says what the checklist says for that unit and section, and opens it there.
    for (const unit of UNITS)
      for (const section of CCHC_TEMPLATE.sections) {
        await openTab(page, 'Tổng quan');
        const cell = matrix(page).getByRole('link', { name: new RegExp(`^${unit}, ${section.number}\\. `) });
        const label = (await cell.getAttribute('aria-label')) ?? '';
        const [, answered, total] = /đã có kết quả (\d+) trên (\d+) tiêu chí/.exec(label)!;
        await cell.click();
        await page.getByRole('heading', { level: 2, name: new RegExp(`^${section.number}\\. ${section.title} — ${unit}$`) }).waitFor();
        expect(await checklistCount(page)).toBe(`${answered}/${total}`);
      }
    await openTab(page, 'Tổng quan');
    const office = matrix(page).getByRole('link', { name: new RegExp(`^${UNITS[0]}, 2\\. `) });
    expect(await office.getAttribute('aria-label')).toBe(`${UNITS[0]}, 2. Thủ tục hành chính: đã có kết quả 2 trên 12 tiêu chí; 1 đạt, 1 đạt một phần`);
    expect(await office.innerText()).toContain('1 một phần');
    const other = matrix(page).getByRole('link', { name: new RegExp(`^${UNITS[1]}, 2\\. `) });
    expect(await other.innerText()).toContain('1 không đạt');

    // Indicators against targets: the team's sum, then one unit.
    const table = page.getByRole('table', { name: 'Chỉ tiêu so với kế hoạch, toàn đoàn' });
    const onTimeRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Hồ sơ TTHC được giải quyết đúng hạn' }) });
    expect((await onTimeRow.locator('td').allInnerTexts()).map((t) => t.trim())).toEqual(['2.9', '1.154/1.166', '98,97%', '≥ 100%', 'Chưa đạt']);
    const chart = page.getByRole('figure', { name: 'Biểu đồ chỉ tiêu so với kế hoạch, toàn đoàn' });
    await chart.locator('svg .recharts-bar-rectangle').first().waitFor();
    expect(await chart.getByText('98,97%').count()).toBe(1);
    await page.getByLabel('Phạm vi').selectOption({ label: UNITS[0] });
    const unitRow = page
      .getByRole('table', { name: `Chỉ tiêu so với kế hoạch, ${UNITS[0]}` })
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Hồ sơ TTHC được giải quyết đúng hạn' }) });
    expect((await unitRow.locator('td').allInnerTexts()).map((t) => t.trim())).toEqual(['2.9', '1.114/1.114', '100%', '≥ 100%', 'Đạt']);

    // The leader has no assignment: all of both units is his.
    const all = CCHC_TEMPLATE.sections.reduce((n, s) => n + s.items.length, 0);
    const bar = page.getByRole('progressbar', { name: 'Tiến độ của Nguyễn Văn An' });
    expect(await bar.getAttribute('aria-valuetext')).toBe(`4 trên ${2 * all} tiêu chí được phân công`);
    await page.getByText('Không có bất đồng nào: mọi kết quả đã thống nhất.').waitFor();

    // Excel: the file Calc opens holds what was typed.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất kết quả ra Excel' }).click()]);
    await page.getByRole('status').filter({ hasText: /^Đã xuất tệp “ket-qua-kiem-tra-\d{4}-\d{2}-\d{2}\.xlsx”/ }).waitFor();
    const sheets = xlsxToCsv(dir, 'ket-qua.xlsx', new Uint8Array(await readFile(await download.path())));
    expect(sheets.map((s) => s.sheet).sort()).toEqual(CCHC_TEMPLATE.sections.map((s) => `${s.number}. ${s.shortTitle}`).sort());
    const tthc = parseCsv(sheets.find((s) => s.sheet === '2. Thủ tục hành chính')!.text);
    const row = (unit: string, n: string) => tthc.find((r) => r[0] === unit && r[1] === n)!;
    expect(row(UNITS[0], '2.9.').slice(3, 9)).toEqual(['Đạt', '1,114', '1,114', '100.00%', '100%', 'Đạt']);
    expect(row(UNITS[0], '2.9.')[12]).toBe('Không có hồ sơ trễ hạn');
    expect(row(UNITS[0], '2.9.')[13]).toBe('Nguyễn Văn An');
    expect(row(UNITS[0], '2.11.').slice(3, 9)).toEqual(['Đạt một phần', '13', '21', '61.90%', '95%', 'Chưa đạt']);
    expect(row(UNITS[1], '2.9.').slice(3, 9)).toEqual(['Không đạt', '40', '52', '76.92%', '100%', 'Chưa đạt']);
    expect(row(UNITS[1], '2.11.').slice(3, 9)).toEqual(['', '', '', '', '95%', '']);
    const institutions = parseCsv(sheets.find((s) => s.sheet === '1. Thể chế')!.text);
    expect(institutions.find((r) => r[0] === UNITS[0] && r[1] === '1.1.')![3]).toBe('Đạt');

    // The same indicators can go under the report's annex table as a chart.
    await openTab(page, 'Báo cáo');
    await page.getByLabel('Kèm biểu đồ chỉ tiêu trong phụ lục (khi in, xuất PDF)').check();
    const annexChart = page.getByRole('figure', { name: 'Biểu đồ kết quả thực hiện các chỉ tiêu so với kế hoạch' });
    await annexChart.locator('svg .recharts-bar-rectangle').first().waitFor();
    expect(await annexChart.getByText('98,97%').count()).toBe(1);
  });

  it('shows a member their own assignment first, and the whole team when they ask', async () => {
    const page = await (await lab.context()).newPage();
    await createInspection(page, lab.url);
    await openUnit(page, UNITS[1]);
    await openSection(page, 'Công vụ');
    await typeAndWaitSaved(page, item(page, /Tuyển dụng, bổ nhiệm đúng quy trình/).getByLabel(/Số lượng/), '3');

    await openTab(page, 'Tổng quan');
    const mine = page.getByLabel('Chỉ phần được phân công cho tôi');
    expect(await mine.isChecked()).toBe(true);
    // Trần Thị Bình is assigned the second unit, sections 2 and 4.
    const headers = await matrix(page).getByRole('columnheader').allInnerTexts();
    expect(headers.map((h) => h.trim())).toEqual(['Đơn vị', '2. Thủ tục hành chính', '4. Công vụ', 'Cả đơn vị']);
    expect(await matrix(page).getByRole('rowheader').allInnerTexts()).toEqual([UNITS[1]]);
    const mineTotal = CCHC_TEMPLATE.sections.filter((s) => s.id === 'tthc' || s.id === 'cong-vu').reduce((n, s) => n + s.items.length, 0);
    expect(await page.getByRole('progressbar').count()).toBe(1);
    expect(await page.getByRole('progressbar', { name: 'Tiến độ của Trần Thị Bình' }).getAttribute('aria-valuetext')).toBe(`1 trên ${mineTotal} tiêu chí được phân công`);

    await mine.uncheck();
    expect(await matrix(page).getByRole('rowheader').allInnerTexts()).toEqual(UNITS);
    expect(await matrix(page).getByRole('columnheader').count()).toBe(CCHC_TEMPLATE.sections.length + 2);
    expect(await page.getByRole('progressbar').count()).toBe(3);
  });
});
