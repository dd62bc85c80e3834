/**
 * The annexes. Phụ lục I: the indicators that have data (an indicator
 * nobody measured is left out, not printed as "Chưa có số liệu"). Phụ lục
 * II: the results by unit — on a few units the per-unit detail the
 * narrative leaves out (each answer, the documents seen, the findings and
 * the recommendations); on many units a table of figures per unit.
 *
 * Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II (Phụ lục văn bản) says:
 * a document with an annex must refer to it in its text; two or more
 * annexes are numbered with Roman numerals; the word "Phụ lục" and its
 * number stand on their own line, centred, lower case, 14 pt bold, and the
 * annex's name below it in upper case, 13-14 pt bold; and "Số trang của Phụ
 * lục được đánh riêng theo từng Phụ lục" — an annex's pages are numbered on
 * their own, annex by annex. So the renderers restart the page count at
 * each annex (and, as for the document, do not show it on the annex's
 * first page), and the body says "(chi tiết tại Phụ lục I kèm theo)".
 */
import { formatPercent } from '../domain/format';
import { computeRatio } from '../domain/ratio';
import type { Verdict } from '../domain/schemas';
import type { ChecklistTemplate } from '../templates/types';
import { aggregateRatio, annexItems } from './aggregate';
import { evidenceFor, type ReportData } from './data';
import { VERDICT_WORDS, countText, docRefText, ensurePeriod, itemLabel, reportDate, stripPeriod, upperFirst } from './phrases';
import type { AnnexRow, AnnexUnit, AnnexUnitRow, UnitSummary, UnitSummaryRow } from './types';
import { ratioNumber } from './wording';

export function indicatorRows(data: ReportData, template: ChecklistTemplate): AnnexRow[] {
  const rows: AnnexRow[] = [];
  for (const item of annexItems(template)) {
    const r = aggregateRatio(item, data)?.result;
    if (!r || r.percent === undefined) continue;
    rows.push({
      itemId: item.id,
      indicator: itemLabel(item),
      fraction: r.fraction,
      percentText: r.percentText,
      targetText: item.targetPercent === undefined ? '' : formatPercent(item.targetPercent),
      verdict: r.met === undefined ? '' : r.met ? 'Đạt' : 'Không đạt',
    });
  }
  return rows;
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ').trim();
}

/**
 * The results by unit on an inspection of many units (more than the body
 * names one by one): a line per unit with its criteria counted by verdict
 * and its rate on each indicator of Phụ lục I it missed, numbered as there. Real
 * annexes (seed 001) are such tables of figures; thirty units fit on a few
 * pages, and the inspectors' comments stay in the checklist.
 */
export function unitSummary(data: ReportData, template: ChecklistTemplate, indicators: readonly AnnexRow[]): UnitSummary {
  const items = template.sections.flatMap((s) => s.items);
  const byId = new Map(items.map((i) => [i.id, i]));
  const rows: UnitSummaryRow[] = [];
  for (const u of data.units) {
    const tally: Record<Verdict, number> = { dat: 0, 'dat-mot-phan': 0, 'khong-dat': 0, 'khong-phat-sinh': 0 };
    for (const item of items) {
      const v = data.responses.get(`${u.id}~${item.id}`)?.values.verdict;
      if (v && v in tally) tally[v]++;
    }
    const missed: string[] = [];
    indicators.forEach((row, n) => {
      const item = byId.get(row.itemId);
      const v = data.responses.get(`${u.id}~${row.itemId}`)?.values;
      if (!item || typeof v?.numerator !== 'number' || typeof v?.denominator !== 'number' || v.denominator <= 0) return;
      const r = computeRatio(v.numerator, v.denominator, item.targetPercent);
      // A no-break space keeps the number with its rate when the cell wraps.
      if (r.met === false) missed.push(`${n + 1}\u00a0(${r.percentText})`);
    });
    const count = (n: number) => (n > 0 ? countText(n) : '');
    rows.push({
      unitId: u.id,
      name: upperFirst(u.name || 'Đơn vị'),
      dat: count(tally.dat),
      datMotPhan: count(tally['dat-mot-phan']),
      khongDat: count(tally['khong-dat']),
      khongPhatSinh: count(tally['khong-phat-sinh']),
      indicatorsMissed: missed.join('; '),
    });
  }
  const shown = indicators.length > 0;
  return {
    indicators: shown,
    columns: ['STT', 'Phòng, đơn vị', 'Đạt', 'Đạt một phần', 'Không đạt', 'Không phát sinh', ...(shown ? ['Chỉ tiêu chưa đạt (số thứ tự tại Phụ lục I và tỷ lệ)'] : [])],
    rows,
    note: `Ghi chú: các cột Đạt, Đạt một phần, Không đạt, Không phát sinh ghi số nội dung kiểm tra theo kết quả đánh giá${
      shown ? '; chỉ tiêu không nêu là đã đạt hoặc phòng, đơn vị không có số liệu' : ''
    }.`,
  };
}

/** A summary line as table cells, in the order of `columns`. */
export function summaryCells(s: UnitSummary, row: UnitSummaryRow, n: number): string[] {
  const cells = [String(n + 1), row.name, row.dat, row.datMotPhan, row.khongDat, row.khongPhatSinh];
  return s.indicators ? [...cells, row.indicatorsMissed] : cells;
}

/**
 * The results by unit on an inspection of a few units: each answer with
 * what the inspector wrote and the documents seen, then the unit's findings
 * and recommendations — the detail the body's narrative leaves out.
 */
export function unitRows(data: ReportData, template: ChecklistTemplate): AnnexUnit[] {
  const out: AnnexUnit[] = [];
  for (const u of data.units) {
    const rows: AnnexUnitRow[] = [];
    for (const item of template.sections.flatMap((s) => s.items)) {
      const v = data.responses.get(`${u.id}~${item.id}`)?.values;
      const docs = evidenceFor(data, u.id, item.id);
      if (!v && docs.length === 0) continue;
      const result: string[] = [];
      if (v?.verdict) result.push(upperFirst(VERDICT_WORDS[v.verdict]));
      if (typeof v?.numerator === 'number' && typeof v?.denominator === 'number') {
        const pct = v.denominator > 0 ? `, ${formatPercent((v.numerator / v.denominator) * 100)}` : '';
        result.push(`${ratioNumber(v.numerator)}/${ratioNumber(v.denominator)}${pct}`);
      }
      if (typeof v?.count === 'number') result.push(v.count === 0 ? `không có ${item.countLabel ?? ''}`.trim() : `${countText(v.count)}${item.countLabel ? ` ${item.countLabel}` : ''}`);
      if (v?.date && reportDate(v.date)) result.push(`ngày ${reportDate(v.date)}`);
      const note = [
        ...[v?.text, v?.comment].filter((t): t is string => !!t?.trim()).map((t) => ensurePeriod(oneLine(t))),
        ...docs.map((e) => ensurePeriod(`${docRefText(e.docType, e.number, e.date)}${e.summary?.trim() ? ` ${stripPeriod(oneLine(e.summary))}` : ''}`)),
      ].join(' ');
      rows.push({ itemId: item.id, item: itemLabel(item), result: result.join('; '), note });
    }
    const findings = data.findings
      .filter((f) => f.unitId === u.id && f.text?.trim())
      .map((f) => `${f.kind === 'strength' ? 'Ưu điểm' : 'Tồn tại, hạn chế'}: ${ensurePeriod(oneLine(f.text!))}${f.cause?.trim() ? ` Nguyên nhân: ${ensurePeriod(oneLine(f.cause))}` : ''}`);
    const recommendations = data.recommendations
      .filter((r) => r.unitId === u.id && r.text?.trim())
      .map((r) => `Kiến nghị: ${stripPeriod(oneLine(r.text!))}${r.deadline && reportDate(r.deadline) ? `; thời hạn trước ngày ${reportDate(r.deadline)}` : ''}.`);
    if (rows.length || findings.length || recommendations.length) out.push({ unitId: u.id, name: upperFirst(u.name || 'Đơn vị'), rows, notes: [...findings, ...recommendations] });
  }
  return out;
}
