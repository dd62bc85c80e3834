/**
 * Writes the result sheets as an .xlsx workbook with exceljs. Numbers stay
 * numbers (Excel and Calc show them with the reader's separators: 1.114 and
 * 61,90 % on a Vietnamese system); dates are real dates shown dd/mm/yyyy.
 * Runs in a Web Worker in the app (renderer/src/features/dashboard/excel.worker.ts).
 */
import ExcelJS from 'exceljs';
import { isoParts } from '../domain/format';
import { RESULT_COLUMNS, type ResultRow, type ResultSheet } from './resultRows';

const FORMATS: Partial<Record<keyof ResultRow, string>> = {
  numerator: '#,##0',
  denominator: '#,##0',
  count: '#,##0',
  ratio: '0.00%',
  target: '0%',
  date: 'dd/mm/yyyy',
  at: 'dd/mm/yyyy hh:mm',
};

/**
 * A wall-clock time as Excel stores it: without a time zone. exceljs writes
 * a Date as its UTC fields, so the local fields are moved into UTC.
 */
function wallClock(millis: number, offsetMinutes: number): Date {
  return new Date(millis - offsetMinutes * 60_000);
}

function cellValue(row: ResultRow, key: keyof ResultRow, offsetMinutes: number): ExcelJS.CellValue {
  const v = row[key];
  if (v === undefined || v === '') return null;
  if (key === 'date') {
    const p = isoParts(String(v));
    return p ? new Date(Date.UTC(p.y, p.m - 1, p.d)) : String(v);
  }
  if (key === 'at') return wallClock(v as number, offsetMinutes);
  return v;
}

export interface WorkbookMeta {
  /** Shown in the file's properties. */
  title: string;
  /** new Date().getTimezoneOffset() where the file is made: times are written as the laptop shows them. */
  timezoneOffsetMinutes: number;
  createdAt: number;
}

export async function resultWorkbook(sheets: readonly ResultSheet[], meta: WorkbookMeta): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tự Kiểm Tra';
  wb.title = meta.title;
  wb.created = new Date(meta.createdAt);
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 3 }] });
    ws.columns = RESULT_COLUMNS.map((c) => ({ key: c.key, header: c.header, width: c.width, style: FORMATS[c.key] ? { numFmt: FORMATS[c.key] } : {} }));
    const header = ws.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', wrapText: true };
    for (const r of s.rows) ws.addRow(RESULT_COLUMNS.map((c) => cellValue(r, c.key, meta.timezoneOffsetMinutes)));
    ws.getColumn('item').alignment = { wrapText: true, vertical: 'top' };
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: RESULT_COLUMNS.length } };
  }
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
