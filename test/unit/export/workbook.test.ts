/**
 * The Excel export opens in LibreOffice Calc, and the values Calc reads are
 * the checklist's: converted with `soffice --headless --convert-to csv`, one
 * CSV per sheet, compared cell by cell with the responses.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VERDICT_LABELS } from '../../../shared/domain/schemas';
import { responseOf } from '../../../shared/domain/views';
import { resultSheets } from '../../../shared/export/resultRows';
import { resultWorkbook } from '../../../shared/export/workbook';
import { CCHC_TEMPLATE } from '../../../shared/templates';
import { NAMES, sampleState, UNITS } from './fixture';
import { parseCsv, xlsxToCsv } from './calc';

/** "1,114" as Calc shows #,##0 here → 1114; '' → undefined. The grouping shows the cell is a number, not text. */
function wholeNumber(cell: string): number | undefined {
  if (cell === '') return undefined;
  expect(cell).toMatch(/^\d{1,3}(,\d{3})*$/);
  return Number(cell.replace(/,/g, ''));
}

/** LibreOffice starts slowly on a busy machine: a conversion can take tens of seconds. */
const CALC_TIMEOUT = 180_000;

const dir = mkdtempSync(join(tmpdir(), 'tkt-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Excel export of results', () => {
  it('opens in LibreOffice Calc with one sheet per section and the checklist values in every row', async () => {
    const state = sampleState();
    const sheets = resultSheets(state, CCHC_TEMPLATE, UNITS, (id) => NAMES[id] ?? '');
    const data = await resultWorkbook(sheets, { title: 'Kết quả kiểm tra', timezoneOffsetMinutes: -420, createdAt: 0 });
    const csvs = xlsxToCsv(dir, 'ket-qua.xlsx', data);
    expect(csvs.map((c) => c.sheet)).toEqual(CCHC_TEMPLATE.sections.map((s) => `${s.number}. ${s.shortTitle}`));

    for (const [si, section] of CCHC_TEMPLATE.sections.entries()) {
      const [header, ...rows] = parseCsv(csvs[si].text);
      expect(header).toEqual(['Đơn vị', 'STT', 'Tiêu chí', 'Kết quả', 'Tử số', 'Mẫu số', 'Tỷ lệ', 'Chỉ tiêu', 'Đạt chỉ tiêu', 'Số lượng', 'Ngày', 'Nội dung', 'Nhận xét', 'Người nhập', 'Cập nhật lúc', 'Ghi chú']);
      expect(rows).toHaveLength(UNITS.length * section.items.length);
      let r = 0;
      for (const unit of UNITS)
        for (const item of section.items) {
          const row = rows[r++];
          const v = responseOf(state, unit.id, item.id)?.values ?? {};
          expect(row[0]).toBe(unit.name);
          expect(row[2]).toBe(item.text);
          expect(row[3]).toBe(v.verdict ? VERDICT_LABELS[v.verdict] : '');
          expect(wholeNumber(row[4])).toBe(v.numerator ?? undefined);
          expect(wholeNumber(row[5])).toBe(v.denominator ?? undefined);
          const ratio = typeof v.numerator === 'number' && typeof v.denominator === 'number' && v.denominator > 0 ? v.numerator / v.denominator : undefined;
          expect(row[6]).toBe(ratio === undefined ? '' : `${(ratio * 100).toFixed(2)}%`);
          expect(row[7]).toBe(item.targetPercent === undefined ? '' : `${item.targetPercent}%`);
          expect(wholeNumber(row[9])).toBe(v.count ?? undefined);
          expect(row[10]).toBe(v.date ? v.date.split('-').reverse().join('/') : '');
          expect(row[11]).toBe(v.text ?? '');
          expect(row[12]).toBe(v.comment ?? '');
        }
    }
  }, CALC_TIMEOUT);

  it('says whether each ratio meets its target, who answered, when, and where members still disagree', async () => {
    const state = sampleState();
    const sheets = resultSheets(state, CCHC_TEMPLATE, UNITS, (id) => NAMES[id] ?? '');
    const data = await resultWorkbook(sheets, { title: 'Kết quả kiểm tra', timezoneOffsetMinutes: -420, createdAt: 0 });
    const csvs = xlsxToCsv(dir, 'ket-qua-2.xlsx', data);
    const tthc = parseCsv(csvs[1].text);
    const row = (unit: string, number: string) => tthc.find((r) => r[0] === unit && r[1] === number)!;
    // 1.114/1.114 against ≥ 100 %: met; 40/52 against ≥ 100 %: not met; 13/21 against ≥ 95 %: not met.
    expect(row('Văn phòng Sở', '2.9.')[8]).toBe('Đạt');
    expect(row('Phòng Kế hoạch - Tài chính', '2.9.')[8]).toBe('Chưa đạt');
    expect(row('Văn phòng Sở', '2.11.')[8]).toBe('Chưa đạt');
    expect(row('Văn phòng Sở', '2.9.')[13]).toBe('Nguyễn Thị Lan');
    expect(row('Phòng Kế hoạch - Tài chính', '2.9.')[13]).toBe('Trần Văn Minh');
    // The response date is a real date, and the update time is the laptop's wall clock (UTC+7 here).
    const institutions = parseCsv(csvs[0].text);
    const plan = institutions.find((r) => r[0] === 'Văn phòng Sở' && r[1] === '1.1.')!;
    expect(plan[10]).toBe('05/08/2025');
    const lastEdit = state.records.get('response/u1~the-che.ke-hoach-vbqppl')!.fields.date.editId;
    const local = new Date(Number(lastEdit.slice(0, 15)) + 7 * 3600_000);
    const two = (n: number) => String(n).padStart(2, '0');
    expect(plan[14]).toBe(`${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} ${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`);
    const disputed = institutions.find((r) => r[0] === 'Phòng Kế hoạch - Tài chính' && r[1] === '1.5.')!;
    expect(disputed[15]).toBe('Còn bất đồng');
    expect(disputed[13].split(', ').sort()).toEqual(['Nguyễn Thị Lan', 'Trần Văn Minh']);
    expect(plan[15]).toBe('');
  }, CALC_TIMEOUT);
});
