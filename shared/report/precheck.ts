/**
 * The check before "Hoàn thành": what a Trưởng đoàn should see before
 * signing — disagreements still open (the report shows one of the values as
 * if settled), units and areas without results, ratios over zero, verdicts
 * that contradict their own figures, empty parts, and a missing number or
 * date when they are not left blank for the clerk. Pure: state and model in,
 * a list of problems with Vietnamese messages and where to fix them out.
 */
import { disagreements, type DerivedState } from '../domain/derive';
import type { Json } from '../domain/edit';
import { formatDate, formatNumber } from '../domain/format';
import { computeRatio } from '../domain/ratio';
import { VERDICT_LABELS, type Verdict } from '../domain/schemas';
import { inspectionOf, itemIdOfResponse } from '../domain/views';
import { findItem, type ChecklistTemplate } from '../templates';
import { NO_RESULT_TEXT } from './areas';
import { readReportData } from './data';
import { FOLLOW_UP_PART_ID, partIdOfSection, reportParts } from './model';
import { itemLabel } from './phrases';
import type { ReportModel } from './types';

export type ProblemKind =
  | 'disagreement'
  | 'unit-without-results'
  | 'section-without-results'
  | 'zero-denominator'
  | 'verdict-contradicts-target'
  | 'empty-part'
  | 'follow-up-without-result'
  | 'missing-number'
  | 'missing-date';

/** Where the leader fixes it: the team page (disagreements), the checklist, the set-up, or this report's fields. */
export type ProblemLink =
  | { page: 'team' }
  | { page: 'checklist'; unitId?: string; sectionId?: string }
  | { page: 'report-fields' };

export interface ReportProblem {
  kind: ProblemKind;
  message: string;
  link: ProblemLink;
  /** The report part it shows in, for the mark in the draft preview. */
  partId?: string;
  /** For a disagreement on a checklist answer: the item, the unit and both (or all) standing values. */
  itemId?: string;
  unitId?: string;
  values?: string[];
}

const FIELD_LABELS: Record<string, string> = {
  verdict: 'kết quả đánh giá',
  numerator: 'tử số',
  denominator: 'mẫu số',
  count: 'số lượng',
  date: 'ngày',
  text: 'nội dung',
  comment: 'ghi chú',
};

export function describeValue(field: string, value: Json): string {
  if (value === null || value === '') return '(để trống)';
  if (field === 'verdict' && typeof value === 'string') return VERDICT_LABELS[value as Verdict] ?? value;
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value;
  return JSON.stringify(value);
}

export function preFinaliseCheck(state: DerivedState, template: ChecklistTemplate, model: ReportModel, options: { inspectionId: string; blankForClerk: boolean }): ReportProblem[] {
  const out: ReportProblem[] = [];
  const data = readReportData(state, options.inspectionId);
  const unitName = (id: string) => data.units.find((u) => u.id === id)?.name || 'đơn vị';

  for (const d of disagreements(state)) {
    const values = [...new Set(d.heads.map((h) => describeValue(d.field, h.value)))];
    if (d.entity === 'response') {
      const found = findItem(template, itemIdOfResponse(d.recordId));
      const item = found ? itemLabel(found.item) : 'tiêu chí';
      out.push({
        kind: 'disagreement',
        message: `Còn ý kiến khác nhau chưa thống nhất về ${FIELD_LABELS[d.field] ?? d.field} của “${item}” tại ${unitName(d.unitId)}: ${values.join(' hoặc ')}.`,
        link: { page: 'team' },
        partId: found ? partIdOfSection(template, found.section.id) : undefined,
        itemId: found?.item.id,
        unitId: d.unitId,
        values,
      });
    } else if (d.entity !== 'reportVersion') {
      out.push({ kind: 'disagreement', message: `Còn ý kiến khác nhau chưa thống nhất (${values.join(' hoặc ')}).`, link: { page: 'team' }, values });
    }
  }

  for (const u of data.units) {
    const any = [...data.responses.values()].some((r) => r.unitId === u.id) || data.evidence.some((e) => e.unitId === u.id);
    if (!any) out.push({ kind: 'unit-without-results', message: `${u.name || 'Một đơn vị'} chưa có kết quả kiểm tra nào.`, link: { page: 'checklist', unitId: u.id } });
  }
  for (const s of template.sections) {
    const ids = new Set(s.items.map((i) => i.id));
    const any = [...data.responses.values()].some((r) => ids.has(r.itemId)) || data.evidence.some((e) => e.itemId !== undefined && ids.has(e.itemId));
    if (!any) out.push({ kind: 'section-without-results', message: `Nội dung “${s.title}” chưa có kết quả kiểm tra tại đơn vị nào.`, link: { page: 'checklist' }, partId: partIdOfSection(template, s.id) });
  }

  for (const r of data.responses.values()) {
    const found = findItem(template, r.itemId);
    if (!found) continue;
    const v = r.values;
    const where = `“${itemLabel(found.item)}” tại ${unitName(r.unitId)}`;
    const link: ProblemLink = { page: 'checklist', unitId: r.unitId, sectionId: found.section.id };
    const partId = partIdOfSection(template, found.section.id);
    if (typeof v.numerator === 'number' && v.denominator === 0) {
      out.push({ kind: 'zero-denominator', message: `Tỷ lệ ${where} có mẫu số bằng 0, không tính được; hãy sửa số liệu hoặc chọn “Không phát sinh”.`, link, partId });
    }
    const target = found.item.targetPercent;
    if (target !== undefined && typeof v.numerator === 'number' && typeof v.denominator === 'number' && v.denominator > 0 && v.verdict) {
      const ratio = computeRatio(v.numerator, v.denominator, target);
      if ((v.verdict === 'dat' && ratio.met === false) || (v.verdict === 'khong-dat' && ratio.met === true)) {
        out.push({
          kind: 'verdict-contradicts-target',
          message: `Đánh giá “${VERDICT_LABELS[v.verdict]}” của ${where} trái với số liệu: ${ratio.fraction} = ${ratio.percentText}, chỉ tiêu ${formatNumber(target)}%.`,
          link,
          partId,
        });
      }
    }
  }

  // A carried recommendation on a unit with no result yet: the report would say it was not reported on.
  for (const f of data.followUps) {
    if (f.status || !f.unitId || !f.text?.trim()) continue;
    out.push({
      kind: 'follow-up-without-result',
      message: `Kiến nghị kỳ trước “${f.text.trim()}” tại ${unitName(f.unitId)} chưa có kết quả thực hiện.`,
      link: { page: 'checklist', unitId: f.unitId },
      partId: FOLLOW_UP_PART_ID,
    });
  }

  for (const p of reportParts(model)) {
    const text = p.paragraphs.map((x) => x.text).join('').trim();
    if (!text || (p.edited && text === NO_RESULT_TEXT)) out.push({ kind: 'empty-part', message: `Phần “${p.label}” chưa có nội dung.`, link: { page: 'report-fields' }, partId: p.id });
  }

  if (!options.blankForClerk) {
    const insp = inspectionOf(state, options.inspectionId)?.values;
    if (!insp?.reportNumber?.trim())
      out.push({ kind: 'missing-number', message: 'Chưa nhập số báo cáo. Hãy nhập số hoặc chọn “Để trống số và ngày cho văn thư”.', link: { page: 'report-fields' } });
    if (!insp?.reportDate)
      out.push({ kind: 'missing-date', message: 'Chưa nhập ngày ký báo cáo. Hãy nhập ngày hoặc chọn “Để trống số và ngày cho văn thư”.', link: { page: 'report-fields' } });
  }
  return out;
}
