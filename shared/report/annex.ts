/**
 * The annexes. Phụ lục I: the indicators that have data (an indicator
 * nobody measured is left out, not printed as "Chưa có số liệu"). Phụ lục
 * II: the results by unit, where the per-unit detail the narrative leaves
 * out is kept — each answer, the documents seen, the findings and the
 * recommendations of that unit.
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
import type { ChecklistTemplate } from '../templates/types';
import { aggregateRatio, annexItems } from './aggregate';
import { evidenceFor, type ReportData } from './data';
import { VERDICT_WORDS, countText, docRefText, ensurePeriod, itemLabel, reportDate, stripPeriod, upperFirst } from './phrases';
import type { AnnexRow, AnnexUnit, AnnexUnitRow } from './types';
import { UNIT_LIST_MAX, ratioNumber } from './wording';

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
 * The results by unit. On a small inspection each row keeps what the
 * inspector wrote and the documents seen; on a large one (more units than
 * the body names one by one) only the verdict, the figures and the comment on
 * a shortfall, so thirty units make an annex of some dozens of pages, not a
 * thousand — the full record stays in the checklist.
 */
export function unitRows(data: ReportData, template: ChecklistTemplate): AnnexUnit[] {
  const out: AnnexUnit[] = [];
  const full = data.units.length <= UNIT_LIST_MAX;
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
      const short = v?.verdict === 'khong-dat' || v?.verdict === 'dat-mot-phan';
      const note = full
        ? [
            ...[v?.text, v?.comment].filter((t): t is string => !!t?.trim()).map((t) => ensurePeriod(oneLine(t))),
            ...docs.map((e) => ensurePeriod(`${docRefText(e.docType, e.number, e.date)}${e.summary?.trim() ? ` ${stripPeriod(oneLine(e.summary))}` : ''}`)),
          ].join(' ')
        : short && v?.comment?.trim()
          ? ensurePeriod(oneLine(v.comment))
          : '';
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
