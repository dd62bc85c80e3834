/**
 * B. ĐÁNH GIÁ CHUNG and C. KẾT LUẬN as narrative, drawn from the areas'
 * outcomes rather than repeating their sentences: strengths, then
 * limitations with their causes; conclusions, then numbered recommendations
 * with the unit responsible and the deadline. The inspectors' own findings
 * are woven in while there are few; beyond that they stay in the annex by
 * unit, and the body says so.
 */
import type { ChecklistTemplate } from '../templates/types';
import type { Shortfall } from './areas';
import type { ReportData } from './data';
import { ensurePeriod, joinNames, lowerFirst, reportDate, stripPeriod, upperFirst } from './phrases';
import { UNIT_LIST_MAX, unitsPhrase } from './wording';

export const NO_STRENGTH_TEXT = 'Đoàn kiểm tra chưa ghi nhận ưu điểm cụ thể.';
export const NO_SHORTCOMING_TEXT = 'Qua kiểm tra, Đoàn kiểm tra chưa phát hiện tồn tại, hạn chế.';
export const NO_RECOMMENDATION_TEXT = 'Đoàn kiểm tra không có kiến nghị.';

/** Up to this many findings of a kind are written into the body; more are left to the annex by unit. */
export const FINDINGS_IN_BODY = 8;
/** Up to this many recommendations (after grouping the same text) are numbered in the body. */
export const RECOMMENDATIONS_IN_BODY = 12;

export interface OverallInput {
  data: ReportData;
  template: ChecklistTemplate;
  shortfalls: Shortfall[];
  /** Areas with results and no shortfall, as noun phrases. */
  goodAreas: string[];
  answered: boolean;
  /** "Phụ lục II" — the annex of results by unit, '' when there is none. */
  unitAnnex: string;
  /** Whether that annex carries each unit's findings and recommendations (a few units) or only its figures (many). */
  unitDetail: boolean;
  /** "Phụ lục III" — the list of evidence documents with attached files, '' (or absent) when there is none. */
  documentAnnex?: string;
  place: string;
}

function unitName(data: ReportData, unitId: string): string {
  return data.units.find((u) => u.id === unitId)?.name ?? '';
}

function sectionOrder(template: ChecklistTemplate, sectionId: string | undefined): number {
  const i = template.sections.findIndex((s) => s.id === sectionId);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}

function clean(s: string): string {
  return s.replace(/^[-+]\s+/, '').replace(/\s*\n\s*/g, ' ').trim();
}

function findingsOf(input: OverallInput, kind: 'strength' | 'shortcoming') {
  return input.data.findings
    .filter((f) => f.kind === kind && f.text?.trim())
    .sort((a, b) => sectionOrder(input.template, a.sectionId) - sectionOrder(input.template, b.sectionId));
}

/** A finding as a sentence, naming its unit when several units have findings. */
function findingSentence(input: OverallInput, f: ReportData['findings'][number], multi: boolean): string {
  const who = multi && unitName(input.data, f.unitId) ? `${upperFirst(unitName(input.data, f.unitId))}: ` : '';
  const cause = f.cause?.trim() ? ` Nguyên nhân: ${ensurePeriod(clean(f.cause))}` : '';
  return `${who}${ensurePeriod(clean(f.text!))}${cause}`;
}

function annexNote(input: OverallInput, what: string): string {
  if (!input.unitAnnex) return '';
  if (input.unitDetail) return `${what} của từng phòng, đơn vị được nêu chi tiết tại ${input.unitAnnex} kèm theo.`;
  // The annex of many units holds figures only; the findings themselves stay in the inspection record.
  return `${what} cụ thể của từng phòng, đơn vị được ghi nhận trong hồ sơ kiểm tra; kết quả kiểm tra tại từng phòng, đơn vị được tổng hợp tại ${input.unitAnnex} kèm theo.`;
}

export function draftStrengths(input: OverallInput): string {
  const lines: string[] = [];
  if (input.answered) {
    lines.push(
      input.shortfalls.length === 0
        ? 'Nhìn chung các phòng, đơn vị đã tham mưu tổ chức, triển khai thực hiện công tác cải cách hành chính, kiểm soát TTHC nghiêm túc, đầy đủ và đúng thời hạn quy định như đã nêu trên.'
        : 'Nhìn chung các phòng, đơn vị đã tham mưu tổ chức, triển khai thực hiện công tác cải cách hành chính, kiểm soát TTHC cơ bản đầy đủ theo kế hoạch đề ra.',
    );
    // A long list of areas reads as a tally; past three the sentence speaks of the others as a whole.
    if (input.goodAreas.length && input.shortfalls.length)
      lines.push(input.goodAreas.length <= 3 ? `${upperFirst(joinNames(input.goodAreas))} được thực hiện tốt, đạt yêu cầu đề ra.` : 'Các lĩnh vực còn lại được thực hiện tốt, đạt yêu cầu đề ra.');
  }
  const found = findingsOf(input, 'strength');
  const multi = new Set(found.map((f) => f.unitId)).size > 1;
  if (found.length > 0 && found.length <= FINDINGS_IN_BODY) lines.push(found.map((f) => findingSentence(input, f, multi)).join(' '));
  else if (found.length > FINDINGS_IN_BODY) lines.push(annexNote(input, 'Ưu điểm'));
  const out = lines.filter(Boolean);
  return out.length ? out.join('\n') : NO_STRENGTH_TEXT;
}

/** "Tỷ lệ … tại Văn phòng Sở mới đạt 61,90%, chưa đạt chỉ tiêu 80%." */
function shortfallSentence(s: Shortfall): string {
  const where = `${upperFirst(s.topic)} tại ${s.units}`;
  if (s.result) return `${where} ${s.result.replace(/^đạt /, 'mới đạt ')}.`;
  return s.outcome === 'dat-mot-phan' ? `${where} chưa hoàn thành, mới đạt một phần yêu cầu.` : `${where} chưa đạt yêu cầu.`;
}

export function draftShortcomings(input: OverallInput): string {
  const lines: string[] = [];
  const found = findingsOf(input, 'shortcoming');
  if (input.shortfalls.length === 0 && found.length === 0) return NO_SHORTCOMING_TEXT;
  lines.push('Bên cạnh những kết quả đạt được, qua kiểm tra vẫn còn một số tồn tại, hạn chế sau:');
  const many = input.shortfalls.length > FINDINGS_IN_BODY;
  for (const s of input.shortfalls.slice(0, FINDINGS_IN_BODY)) lines.push(`- ${shortfallSentence(s)}`);
  if (many) lines.push(`- Còn ${input.shortfalls.length - FINDINGS_IN_BODY} nội dung khác chưa đạt yêu cầu, nêu tại ${input.unitDetail && input.unitAnnex ? input.unitAnnex : 'phần A'}.`);
  const multi = new Set(found.map((f) => f.unitId)).size > 1;
  if (found.length > 0 && found.length <= FINDINGS_IN_BODY) for (const f of found) lines.push(`- ${findingSentence(input, f, multi)}`);
  else if (found.length > FINDINGS_IN_BODY) lines.push(annexNote(input, 'Tồn tại, hạn chế và nguyên nhân'));
  return lines.filter(Boolean).join('\n');
}

interface RecGroup {
  text: string;
  units: string[];
  deadlines: string[];
}

/** The same recommendation to several units is one numbered line naming them. */
function recommendationGroups(data: ReportData): RecGroup[] {
  const by = new Map<string, RecGroup>();
  for (const r of data.recommendations) {
    if (!r.text?.trim()) continue;
    const text = stripPeriod(clean(r.text));
    const key = text.toLocaleLowerCase('vi');
    const to = r.toUnit?.trim() || unitName(data, r.unitId) || 'Đơn vị';
    const g = by.get(key) ?? { text, units: [], deadlines: [] };
    if (!g.units.includes(to)) g.units.push(to);
    if (r.deadline) g.deadlines.push(r.deadline);
    by.set(key, g);
  }
  return [...by.values()];
}

function addresseeName(data: ReportData): string {
  return stripPeriod(data.inspection.addressee ?? '') || 'lãnh đạo';
}

export function draftConclusion(input: OverallInput): string {
  const { data } = input;
  const lines: string[] = [];
  const topics = [...new Set(input.shortfalls.map((s) => s.topic))];
  const opening = `Qua kiểm tra việc triển khai thực hiện nhiệm vụ về cải cách hành chính, kiểm soát thủ tục hành chính tại ${input.place}`;
  if (!input.answered) lines.push(`${opening}, Đoàn kiểm tra chưa ghi nhận kết quả kiểm tra để kết luận.`);
  else if (topics.length === 0) lines.push(`${opening} cho thấy các nội dung được triển khai đúng theo tiến độ kế hoạch đề ra; các nhiệm vụ, chỉ tiêu được giao có số liệu đều hoàn thành so với kế hoạch.`);
  else {
    const named = topics.length <= 4 ? joinNames(topics) : `${joinNames(topics.slice(0, 4))} và một số nội dung khác`;
    lines.push(`${opening} cho thấy các nội dung cơ bản được triển khai theo kế hoạch đề ra; tuy nhiên, ${named} chưa đạt yêu cầu, cần được khắc phục.`);
  }
  const groups = recommendationGroups(data);
  if (groups.length === 0) lines.push(NO_RECOMMENDATION_TEXT);
  else {
    lines.push('Đoàn kiểm tra kiến nghị:');
    groups.slice(0, RECOMMENDATIONS_IN_BODY).forEach((g, i) => {
      const sorted = [...g.deadlines].sort();
      const last = sorted[sorted.length - 1];
      const by = last && reportDate(last) ? `; thời hạn hoàn thành ${sorted[0] === last ? '' : 'chậm nhất '}trước ngày ${reportDate(last)}` : '';
      const who = g.units.length > UNIT_LIST_MAX ? unitsPhrase(g.units, data.units.length) : joinNames(g.units);
      lines.push(`${i + 1}. ${upperFirst(who)}: ${lowerFirst(g.text)}${by}.`);
    });
    if (groups.length > RECOMMENDATIONS_IN_BODY) {
      if (input.unitDetail || !input.unitAnnex) lines.push(annexNote(input, 'Các kiến nghị khác') || `Còn ${groups.length - RECOMMENDATIONS_IN_BODY} kiến nghị khác.`);
      // Many units: the remaining recommendations are one closing recommendation, the detail in the inspection record.
      else
        lines.push(
          input.shortfalls.length
            ? `${RECOMMENDATIONS_IN_BODY + 1}. Các phòng, đơn vị còn nội dung chưa đạt yêu cầu (chi tiết tại ${input.unitAnnex} kèm theo): khẩn trương khắc phục theo các kiến nghị cụ thể của Đoàn kiểm tra đã ghi nhận trong hồ sơ kiểm tra.`
            : `${RECOMMENDATIONS_IN_BODY + 1}. Các phòng, đơn vị: thực hiện các kiến nghị cụ thể của Đoàn kiểm tra đã ghi nhận trong hồ sơ kiểm tra.`,
        );
    }
  }
  // Nghị định 30: an annex is referred to in the text.
  if (input.documentAnnex) lines.push(`Danh mục tài liệu minh chứng Đoàn kiểm tra đã thu thập được nêu tại ${input.documentAnnex} kèm theo.`);
  lines.push(`Trên đây là kết quả kiểm tra công tác cải cách hành chính, kiểm soát thủ tục hành chính tại ${input.place}, Đoàn kiểm tra kính báo cáo ${addresseeName(data)}./.`);
  return lines.filter(Boolean).join('\n');
}
