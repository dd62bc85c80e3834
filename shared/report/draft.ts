/**
 * Drafting the Vietnamese prose of each report part from the answers,
 * evidence and numbers, in the manner of seed 000. A draft is only a
 * starting point: the leader edits each part, and the edited text wins.
 * Empty sections say so plainly rather than inventing content.
 */
// Running-text dates use reportDate (phrases.ts), which keeps the zero of months 1-2.
import { VERDICTS, type Verdict } from '../domain/schemas';
import type { ChecklistTemplate, TemplateItem, TemplateSection } from '../templates/types';
import { aggregateRatio, annexItems, tallyVerdicts, type VerdictTally } from './aggregate';
import { evidenceFor, type ReportData, type UnitFact } from './data';
import {
  VERDICT_WORDS,
  countPhrase,
  countText,
  docRefText,
  ensurePeriod,
  evidenceVerb,
  itemLabel,
  joinNames,
  ratioPhrase,
  reportDate,
  stripPeriod,
  upperFirst,
} from './phrases';
import { DETAIL_MAX_UNITS, summarySectionLines, weakCriteriaSummary } from './summary';

export const NO_RESULT_TEXT = 'Chưa có kết quả kiểm tra nội dung này.';
export const NOT_ARISEN_TEXT = 'Không phát sinh trong kỳ kiểm tra.';
export const NO_STRENGTH_TEXT = 'Đoàn kiểm tra chưa ghi nhận ưu điểm cụ thể.';
export const NO_SHORTCOMING_TEXT = 'Qua kiểm tra, Đoàn kiểm tra chưa phát hiện tồn tại, hạn chế.';
export const NO_RECOMMENDATION_TEXT = 'Đoàn kiểm tra không có kiến nghị.';

/** Vietnamese sub-item letters ("a)", "b)", … "đ)"). */
const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];
const letter = (i: number) => LETTERS[i] ?? String(i + 1);

function hasContent(data: ReportData, unit: UnitFact, item: TemplateItem): boolean {
  return data.responses.has(`${unit.id}~${item.id}`) || evidenceFor(data, unit.id, item.id).length > 0;
}

/** One list line for one unit's answer to one item: verdict, numbers, documents seen, notes. */
export function itemLine(data: ReportData, unit: UnitFact, item: TemplateItem): string | undefined {
  const v = data.responses.get(`${unit.id}~${item.id}`)?.values;
  const evidence = evidenceFor(data, unit.id, item.id);
  if (!v && evidence.length === 0) return undefined;
  const bits: string[] = [];
  if (v?.verdict) bits.push(VERDICT_WORDS[v.verdict]);
  if (typeof v?.numerator === 'number' && typeof v?.denominator === 'number') bits.push(ratioPhrase(item, v.numerator, v.denominator));
  if (typeof v?.count === 'number') bits.push(countPhrase(item, v.count));
  if (v?.date) {
    const d = reportDate(v.date);
    if (d) bits.push(`ngày ${d}`);
  }
  const sentences: string[] = [];
  for (const e of evidence) {
    const summary = e.summary?.trim() ? ` ${stripPeriod(e.summary)}` : '';
    sentences.push(`${upperFirst(unit.name || 'Đơn vị')} đã ${evidenceVerb(e.docType)} ${docRefText(e.docType, e.number, e.date)}${summary}.`);
  }
  if (v?.text?.trim()) sentences.push(ensurePeriod(v.text));
  if (v?.comment?.trim()) sentences.push(ensurePeriod(v.comment));
  const head = `- ${itemLabel(item)}`;
  if (bits.length === 0) return `${head}: ${sentences.join(' ')}`;
  return [`${head}: ${bits.join('; ')}.`, ...sentences].join(' ');
}

export function tallyText(t: VerdictTally): string {
  const parts = VERDICTS.filter((v: Verdict) => t[v] > 0).map((v: Verdict) => `${countText(t[v])} ${VERDICT_WORDS[v]}`);
  return parts.join(', ');
}

/**
 * The text of one A part (one or more checklist sections): grouped by unit
 * where a few units answered, summarised per criterion where many did.
 */
export function draftSections(sections: readonly TemplateSection[], data: ReportData): string {
  const items = sections.flatMap((s) => s.items);
  const units = data.units.filter((u) => items.some((i) => hasContent(data, u, i)));
  if (units.length === 0) return NO_RESULT_TEXT;

  const itemIds = new Set(items.map((i) => i.id));
  const answered = [...data.responses.values()].filter((r) => itemIds.has(r.itemId));
  const hasEvidence = data.evidence.some((e) => e.itemId !== undefined && itemIds.has(e.itemId));
  const onlyNotArisen = !hasEvidence && answered.length > 0 && answered.every((r) => r.values.verdict === 'khong-phat-sinh' && !r.values.text?.trim());
  if (onlyNotArisen) return NOT_ARISEN_TEXT;

  const lines: string[] = [];
  if (units.length > DETAIL_MAX_UNITS) {
    lines.push(...summarySectionLines(data, items, units));
  } else if (units.length === 1) {
    if (data.units.length > 1) lines.push(`Kết quả kiểm tra tại ${units[0].name}:`);
    for (const i of items) {
      const l = itemLine(data, units[0], i);
      if (l) lines.push(l);
    }
  } else {
    units.forEach((u, n) => {
      lines.push(`${letter(n)}) ${upperFirst(u.name)}`);
      for (const i of items) {
        const l = itemLine(data, u, i);
        if (l) lines.push(l);
      }
    });
    const totals: string[] = [];
    for (const i of items) {
      const agg = aggregateRatio(i, data);
      if (agg && agg.units > 1) totals.push(`- ${itemLabel(i)}: ${ratioPhrase(i, agg.numerator, agg.denominator)}.`);
    }
    if (totals.length) lines.push('Tổng hợp chung các phòng, đơn vị:', ...totals);
  }
  const tally = tallyText(tallyVerdicts(data, itemIds));
  if (tally) lines.push(`Tổng hợp đánh giá: ${tally}.`);
  return lines.join('\n');
}

function unitName(data: ReportData, unitId: string): string {
  return data.units.find((u) => u.id === unitId)?.name ?? '';
}

function sectionOrder(template: ChecklistTemplate, sectionId: string | undefined): number {
  const i = template.sections.findIndex((s) => s.id === sectionId);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}

function findingLines(data: ReportData, template: ChecklistTemplate, kind: 'strength' | 'shortcoming'): string[] {
  const list = data.findings
    .filter((f) => f.kind === kind && f.text?.trim())
    .sort((a, b) => sectionOrder(template, a.sectionId) - sectionOrder(template, b.sectionId));
  const multi = new Set(list.map((f) => f.unitId)).size > 1;
  return list.map((f) => {
    const who = multi && unitName(data, f.unitId) ? `${upperFirst(unitName(data, f.unitId))}: ` : '';
    const cause = kind === 'shortcoming' && f.cause?.trim() ? ` Nguyên nhân: ${ensurePeriod(f.cause)}` : '';
    return `- ${who}${ensurePeriod(f.text!.replace(/^[-+]\s+/, ''))}${cause}`;
  });
}

export function draftStrengths(data: ReportData, template: ChecklistTemplate): string {
  const lines = findingLines(data, template, 'strength');
  return lines.length ? lines.join('\n') : NO_STRENGTH_TEXT;
}

export function draftShortcomings(data: ReportData, template: ChecklistTemplate): string {
  const lines = findingLines(data, template, 'shortcoming');
  const missed: string[] = [];
  for (const i of annexItems(template)) {
    const agg = aggregateRatio(i, data);
    if (agg && agg.result.met === false) missed.push(`- ${itemLabel(i)}: ${ratioPhrase(i, agg.numerator, agg.denominator)}.`);
  }
  if (missed.length) lines.push('Các chỉ tiêu chưa đạt:', ...missed);
  const weak: string[] = [];
  const allItems = template.sections.flatMap((s) => s.items);
  if (data.units.length > DETAIL_MAX_UNITS) weak.push(...weakCriteriaSummary(data, allItems));
  else
    for (const i of allItems)
      for (const u of data.units) {
        const verdict = data.responses.get(`${u.id}~${i.id}`)?.values.verdict;
        if (verdict === 'khong-dat' || verdict === 'dat-mot-phan') weak.push(`- ${itemLabel(i)} (${u.name}): ${VERDICT_WORDS[verdict]}.`);
      }
  if (weak.length) lines.push('Các tiêu chí chưa đạt yêu cầu:', ...weak);
  return lines.length ? lines.join('\n') : NO_SHORTCOMING_TEXT;
}

/** The closing sentence names the addressee without the "Kính gửi" form. */
function addresseeName(data: ReportData): string {
  return stripPeriod(data.inspection.addressee ?? '') || 'lãnh đạo';
}

export function subjectPlace(data: ReportData): string {
  return (data.inspection.governingBody ?? '').trim() || 'cơ quan';
}

export function draftConclusion(data: ReportData, template: ChecklistTemplate): string {
  const lines: string[] = [];
  const tally = tallyVerdicts(data);
  const total = Object.values(tally).reduce((a, b) => a + b, 0);
  if (total === 0) lines.push('Đoàn kiểm tra chưa ghi nhận kết quả đánh giá tiêu chí nào.');
  else
    lines.push(
      `Qua kiểm tra tại ${countText(data.units.length)} phòng, đơn vị, Đoàn kiểm tra đã đánh giá ${countText(total)} lượt tiêu chí, trong đó: ${tallyText(tally)}.`,
    );
  const indicators = annexItems(template)
    .map((i) => aggregateRatio(i, data)?.result.met)
    .filter((m): m is boolean => m !== undefined);
  if (indicators.length)
    lines.push(`Về nhiệm vụ, chỉ tiêu: ${countText(indicators.filter(Boolean).length)}/${countText(indicators.length)} chỉ tiêu có số liệu đạt yêu cầu.`);
  const recs = data.recommendations.filter((r) => r.text?.trim());
  if (recs.length === 0) lines.push(NO_RECOMMENDATION_TEXT);
  else {
    lines.push('Đoàn kiểm tra kiến nghị:');
    for (const r of recs) {
      const to = r.toUnit?.trim() || unitName(data, r.unitId) || 'Đơn vị';
      const by = r.deadline && reportDate(r.deadline) ? `; thời hạn hoàn thành trước ngày ${reportDate(r.deadline)}` : '';
      lines.push(`- Đối với ${to}: ${stripPeriod(r.text!.replace(/^[-+]\s+/, ''))}${by}.`);
    }
  }
  lines.push(
    `Trên đây là kết quả kiểm tra công tác cải cách hành chính, kiểm soát thủ tục hành chính tại ${subjectPlace(data)}, Đoàn kiểm tra kính báo cáo ${addresseeName(data)}./.`,
  );
  return lines.join('\n');
}

/** The căn cứ paragraphs: plan and decision with số and ngày, the visit, the period and the units. */
export function draftOpening(data: ReportData, year: number): string {
  const i = data.inspection;
  const place = subjectPlace(data);
  const planRef = docRefText('KH', i.plan?.number, i.plan?.date);
  const planAbout = i.plan?.summary?.trim()
    ? ` ${stripPeriod(i.plan.summary)}`
    : ` về tự kiểm tra công tác cải cách hành chính, kiểm soát thủ tục hành chính năm ${year}`;
  const decisionRef = docRefText('QĐ', i.decision?.number, i.decision?.date);
  const decisionAbout = i.decision?.summary?.trim()
    ? ` ${stripPeriod(i.decision.summary)}`
    : ` về việc thành lập Đoàn kiểm tra công tác cải cách hành chính, kiểm soát thủ tục hành chính tại ${place}`;
  const p1 = `Thực hiện ${planRef} của ${place}${planAbout}; ${decisionRef}${decisionAbout}.`;

  const from = i.visitFrom ? reportDate(i.visitFrom) : '';
  const to = i.visitTo ? reportDate(i.visitTo) : '';
  const when = from && to ? (from === to ? `Ngày ${from}` : `Từ ngày ${from} đến ngày ${to}`) : from ? `Ngày ${from}` : 'Trong thời gian kiểm tra';
  const pf = i.periodFrom ? reportDate(i.periodFrom) : '';
  const pt = i.periodTo ? reportDate(i.periodTo) : '';
  const period = pf && pt ? ` trong kỳ từ ngày ${pf} đến ngày ${pt}` : '';
  const names = data.units.map((u) => u.name).filter(Boolean);
  const where =
    names.length === 0 ? 'các phòng, đơn vị (chưa xác định đơn vị được kiểm tra)' : names.length === 1 ? names[0] : `các phòng, đơn vị gồm: ${joinNames(names)}`;
  const p2 = `${when}, Đoàn kiểm tra đã tiến hành kiểm tra, đánh giá việc thực hiện công tác cải cách hành chính, kiểm soát thủ tục hành chính${period} tại ${where}. Kết quả kiểm tra như sau:`;
  return `${p1}\n${p2}`;
}
