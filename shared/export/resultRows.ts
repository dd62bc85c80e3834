/**
 * The rows of the Excel export of results: one sheet per checklist section,
 * one row per unit × item (unanswered items included, so the gaps show).
 * Plain data only; shared/export/workbook.ts writes them with exceljs.
 */
import { parseTimestamp } from '../domain/clock';
import type { DerivedState } from '../domain/derive';
import { DELETED_FIELD } from '../domain/edit';
import { computeRatio } from '../domain/ratio';
import { VERDICT_LABELS } from '../domain/schemas';
import { responseOf } from '../domain/views';
import type { ChecklistTemplate } from '../templates/types';

export interface ResultRow {
  unit: string;
  /** "2.9." as numbered in the checklist. */
  number: string;
  item: string;
  verdict: string;
  numerator?: number;
  denominator?: number;
  /** A fraction (0.6190…), shown as a percentage; absent when the denominator is 0 or missing. */
  ratio?: number;
  /** A fraction (0.8 for ≥ 80 %). */
  target?: number;
  /** "Đạt" / "Chưa đạt" against the target, empty without a target or a ratio. */
  targetMet: string;
  count?: number;
  /** ISO date. */
  date?: string;
  text: string;
  comment: string;
  /** Who wrote the standing values (names, comma-separated). */
  by: string;
  /** Millis of the latest standing value. */
  at?: number;
  /** "Còn bất đồng" while members' values differ. */
  note: string;
}

export interface ResultSheet {
  /** Sheet name: "2. Thủ tục hành chính" (at most 31 characters, as Excel requires). */
  name: string;
  title: string;
  rows: ResultRow[];
}

export const RESULT_COLUMNS: { key: keyof ResultRow; header: string; width: number }[] = [
  { key: 'unit', header: 'Đơn vị', width: 28 },
  { key: 'number', header: 'STT', width: 7 },
  { key: 'item', header: 'Tiêu chí', width: 50 },
  { key: 'verdict', header: 'Kết quả', width: 16 },
  { key: 'numerator', header: 'Tử số', width: 10 },
  { key: 'denominator', header: 'Mẫu số', width: 10 },
  { key: 'ratio', header: 'Tỷ lệ', width: 10 },
  { key: 'target', header: 'Chỉ tiêu', width: 10 },
  { key: 'targetMet', header: 'Đạt chỉ tiêu', width: 12 },
  { key: 'count', header: 'Số lượng', width: 10 },
  { key: 'date', header: 'Ngày', width: 12 },
  { key: 'text', header: 'Nội dung', width: 40 },
  { key: 'comment', header: 'Nhận xét', width: 40 },
  { key: 'by', header: 'Người nhập', width: 22 },
  { key: 'at', header: 'Cập nhật lúc', width: 17 },
  { key: 'note', header: 'Ghi chú', width: 14 },
];

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Sheet names may not hold []:*?/\ and are cut to 31 characters. */
export function sheetName(number: number, shortTitle: string): string {
  return `${number}. ${shortTitle}`.replace(/[[\]:*?/\\]/g, '-').slice(0, 31);
}

export function resultSheets(
  state: DerivedState,
  template: ChecklistTemplate,
  units: readonly { id: string; name: string }[],
  nameOf: (memberId: string) => string,
): ResultSheet[] {
  return template.sections.map((section) => {
    const rows: ResultRow[] = [];
    for (const unit of units)
      section.items.forEach((item, i) => {
        const response = responseOf(state, unit.id, item.id);
        const v = response?.values ?? {};
        const numerator = num(v.numerator);
        const denominator = num(v.denominator);
        const r = computeRatio(numerator, denominator, item.targetPercent);
        let at = '';
        const authors = new Set<string>();
        let conflict = false;
        for (const [field, f] of Object.entries(response?.record.fields ?? {})) {
          if (field === DELETED_FIELD) continue;
          // A disputed field names everyone whose value still stands.
          for (const h of f.conflict ? f.heads : [f.heads[f.heads.length - 1]]) authors.add(nameOf(h.author));
          if (f.editId > at) at = f.editId;
          conflict ||= f.conflict;
        }
        rows.push({
          unit: unit.name,
          number: `${section.number}.${i + 1}.`,
          item: item.text,
          verdict: v.verdict ? VERDICT_LABELS[v.verdict] : '',
          numerator,
          denominator,
          ratio: r.percent === undefined ? undefined : r.percent / 100,
          target: item.targetPercent === undefined ? undefined : item.targetPercent / 100,
          targetMet: r.met === undefined ? '' : r.met ? 'Đạt' : 'Chưa đạt',
          count: num(v.count),
          date: str(v.date) || undefined,
          text: str(v.text),
          comment: str(v.comment),
          by: [...authors].join(', '),
          at: at ? parseTimestamp(at).millis : undefined,
          note: conflict ? 'Còn bất đồng' : '',
        });
      });
    return { name: sheetName(section.number, section.shortTitle), title: `${section.number}. ${section.title}`, rows };
  });
}
