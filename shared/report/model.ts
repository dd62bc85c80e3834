/**
 * buildReportModel: the inspection's edits (or derived state) and the
 * checklist template in, the plain report model out — header, title,
 * căn cứ, parts A/B/C, signature, Nơi nhận and the annex, in the order of
 * seed 000 and with Nghị định 30's wording. Pure: no clock, no storage.
 */
import { deriveState, type DerivedState } from '../domain/derive';
import type { Edit } from '../domain/edit';
import { blankHeaderDate, formatHeaderDate, isoParts } from '../domain/format';
import { phrasesFor, type TemplatePhrases } from '../templates/phrases';
import type { ChecklistTemplate, ReportPart as TemplatePartKey, TemplateSection } from '../templates/types';
import { indicatorRows, unitRows, unitSummary } from './annex';
import { draftArea, type DraftContext, type Shortfall } from './areas';
import { Citations } from './citations';
import { readReportData, type ReportData } from './data';
import { draftOpening, subjectPlace } from './draft';
import { draftFollowUp } from './followUp';
import { FOLLOW_UP_PHRASES } from '../templates/followup.phrases';
import { reportDataHash } from './hash';
import { draftConclusion, draftShortcomings, draftStrengths, type OverallInput } from './overall';
import { textToParagraphs } from './paragraphs';
import { reportDate, stripPeriod, upperFirst } from './phrases';
import type { DocumentAnnex, ReportAnnex, ReportBlock, ReportHeader, ReportModel, ReportPartBlock, ReportSignature, UnitAnnex } from './types';
import { documentUnits } from './documentAnnex';
import { UNIT_LIST_MAX, periodPhrase } from './wording';
import { nextVersionNumber, reportVersions } from './versions';

export interface ReportOptions {
  inspectionId: string;
  /** Leave "Số" and the day blank for the clerk even when they are filled in. */
  blankForClerk?: boolean;
  status?: 'draft' | 'final';
  /** Defaults to the next version number after the frozen ones. */
  version?: number;
  finalisedAt?: string;
  /** Required when building from a DerivedState; computed from the edits otherwise. */
  dataHash?: string;
  /** Year for a blank date when the inspection has no dates at all. */
  fallbackYear?: number;
  /** Problems of the pre-finalise check the leader chose to finalise with (recorded with the version). */
  acceptedProblems?: string[];
  /** The wording to draft with; defaults to the phrases kept beside the checklist template. */
  phrases?: TemplatePhrases;
}

export const DEFAULT_SYMBOL = 'BC-ĐKT';
/** Blanks the clerk writes into by hand (seeds 001 and 003). */
const CLERK_BLANK = '      ';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** The A parts and their headings, keyed by the template's reportPart. */
const A_PARTS: { key: TemplatePartKey; heading: string }[] = [
  { key: 'A.I', heading: 'KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH' },
  { key: 'A.II', heading: 'CÔNG TÁC KIỂM SOÁT THỦ TỤC HÀNH CHÍNH' },
  { key: 'A.III', heading: 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ, CHỈ TIÊU ĐƯỢC GIAO' },
];

export const OPENING_PART_ID = 'mo-dau';
/** The part on the previous inspection's recommendations. */
export const FOLLOW_UP_PART_ID = 'A.IV';

function upper(s: string): string {
  return s.trim().toLocaleUpperCase('vi');
}

function reportYear(data: ReportData, fallback: number): number {
  const i = data.inspection;
  for (const d of [i.reportDate, i.visitTo, i.visitFrom, i.periodTo]) {
    const p = d ? isoParts(d) : undefined;
    if (p) return p.y;
  }
  return fallback;
}

function buildHeader(data: ReportData, year: number, blank: boolean): ReportHeader {
  const i = data.inspection;
  const symbol = i.reportSymbol?.trim() || DEFAULT_SYMBOL;
  const number = blank ? '' : (i.reportNumber?.trim() ?? '');
  const date = blank || !i.reportDate ? '' : formatHeaderDate(i.reportDate);
  const place = i.placeName?.trim() ?? '';
  const day = date || blankHeaderDate(year);
  return {
    governingBody: upper(i.governingBody ?? ''),
    issuingBody: upper(i.issuingBody ?? ''),
    numberLine: `Số:${number ? ` ${number}` : CLERK_BLANK}/${symbol}`,
    placeDate: place ? `${place}, ${day}` : day,
  };
}

function part(id: string, label: string, draftText: string, data: ReportData): ReportBlock {
  return partBlock(id, label, draftText, data.partTexts.get(id));
}

/** A part as the report shows it: the leader's text when there is one, the draft otherwise. */
export function partBlock(id: string, label: string, draftText: string, edited: string | undefined): ReportPartBlock {
  return { type: 'part', id, label, draftText, edited: edited !== undefined, paragraphs: textToParagraphs(edited ?? draftText) };
}

interface AnnexLabels {
  indicators: string;
  units: string;
}

/** Nghị định 30: "Phụ lục" alone for one annex, Roman numerals from two. */
/** Annexes are numbered I, II, III in order when there are two or more; one alone is just "Phụ lục" (Nghị định 30). */
function annexLabels(hasIndicators: boolean, hasUnits: boolean, hasDocuments = false): AnnexLabels & { documents: string } {
  const present = [hasIndicators, hasUnits, hasDocuments];
  const count = present.filter(Boolean).length;
  const numerals = ['I', 'II', 'III'];
  let n = 0;
  const [indicators, units, documents] = present.map((p) => (!p ? '' : count === 1 ? 'Phụ lục' : `Phụ lục ${numerals[n++]}`));
  return { indicators, units, documents };
}

function bodyBlocks(data: ReportData, template: ChecklistTemplate, year: number, labels: AnnexLabels & { documents?: string }, phrases: TemplatePhrases, unitDetail: boolean): ReportBlock[] {
  const ctx: DraftContext = {
    data,
    phrases,
    citations: new Citations(),
    period: periodPhrase(data.inspection.periodFrom, data.inspection.periodTo),
    annex: labels.indicators,
  };
  const shortfalls: Shortfall[] = [];
  const goodAreas: string[] = [];
  let answered = false;
  const area = (sections: TemplateSection[]) =>
    sections
      .map((s) => {
        const d = draftArea(ctx, s);
        shortfalls.push(...d.shortfalls);
        answered ||= d.answered;
        const name = ctx.phrases.sections[s.id]?.area;
        if (d.answered && d.shortfalls.length === 0 && name) goodAreas.push(name);
        return d.text;
      })
      .join('\n');

  const blocks: ReportBlock[] = [part(OPENING_PART_ID, 'Phần mở đầu (căn cứ, thời gian, đơn vị được kiểm tra)', draftOpening(data, year), data)];
  blocks.push({ type: 'heading', level: 1, text: 'A. KẾT QUẢ KIỂM TRA' });
  A_PARTS.forEach(({ key, heading }, n) => {
    const sections: TemplateSection[] = template.sections.filter((s) => s.reportPart === key);
    const roman = ROMAN[n];
    blocks.push({ type: 'heading', level: 2, text: `${roman}. ${heading}` });
    if (key === 'A.I' || sections.length > 1) {
      sections.forEach((s, k) => {
        const label = `${key === 'A.I' ? s.number : k + 1}. ${s.title}`;
        blocks.push({ type: 'heading', level: 3, text: label });
        blocks.push(part(`${key}.${key === 'A.I' ? s.number : k + 1}`, label, area([s]), data));
      });
    } else {
      blocks.push(part(key, `${roman}. ${upperFirst(heading.toLocaleLowerCase('vi'))}`, area(sections), data));
    }
  });
  // Seed 000 has no such section; it closes part A as "IV." after the assigned tasks, and only when there is something to follow up.
  const followUp = draftFollowUp(data, phrases.followUp ?? FOLLOW_UP_PHRASES);
  if (followUp) {
    const label = (phrases.followUp ?? FOLLOW_UP_PHRASES).label;
    const roman = ROMAN[A_PARTS.length];
    blocks.push({ type: 'heading', level: 2, text: `${roman}. ${upper(label)}` });
    blocks.push(part(FOLLOW_UP_PART_ID, `${roman}. ${label}`, followUp, data));
  }
  const overall: OverallInput = { data, template, shortfalls, goodAreas, answered, unitAnnex: labels.units, unitDetail, documentAnnex: labels.documents, place: subjectPlace(data) };
  blocks.push({ type: 'heading', level: 1, text: 'B. ĐÁNH GIÁ CHUNG' });
  blocks.push({ type: 'heading', level: 3, text: '1. Ưu điểm' });
  blocks.push(part('B.1', '1. Ưu điểm', draftStrengths(overall), data));
  blocks.push({ type: 'heading', level: 3, text: '2. Tồn tại, hạn chế và nguyên nhân' });
  blocks.push(part('B.2', '2. Tồn tại, hạn chế và nguyên nhân', draftShortcomings(overall), data));
  blocks.push({ type: 'heading', level: 1, text: 'C. KẾT LUẬN' });
  blocks.push(part('C', 'C. Kết luận và kiến nghị', draftConclusion(overall), data));
  return blocks;
}

function buildSignature(data: ReportData): ReportSignature {
  const leader = data.members.find((m) => m.role === 'truong-doan');
  const body = data.inspection.issuingBody?.trim() || 'Đoàn kiểm tra';
  return { authority: `TM. ${upper(body)}`, title: 'TRƯỞNG ĐOÀN', name: leader?.name?.trim() ?? '' };
}

/** "- Như trên;" … "- Lưu: VT, ĐKT." — the storage line always last. */
function buildRecipients(data: ReportData): string[] {
  const given = (data.inspection.recipients ?? []).map((r) => stripPeriod(r.replace(/^[-+]\s*/, ''))).filter(Boolean);
  const list = given.length ? given : ['Như trên', 'Thành viên Đoàn kiểm tra'];
  const storage = list.filter((r) => /^Lưu\b/i.test(r));
  const others = list.filter((r) => !/^Lưu\b/i.test(r));
  const last = storage[0] ?? 'Lưu: VT, ĐKT';
  return [...others.map((r) => `- ${r};`), `- ${last}.`];
}

function attachedTo(data: ReportData, header: ReportHeader, blank: boolean): string {
  const i = data.inspection;
  const number = header.numberLine.replace(/^Số: ?/, '');
  const date = !blank && i.reportDate ? ` ngày ${reportDate(i.reportDate)}` : '';
  const by = upperFirst((i.issuingBody?.trim() || 'Đoàn kiểm tra').toLocaleLowerCase('vi'));
  return `(Kèm theo Báo cáo số ${number}${date} của ${by})`;
}

export function buildReportModel(source: readonly Edit[] | DerivedState, template: ChecklistTemplate, options: ReportOptions): ReportModel {
  const isEdits = Array.isArray(source);
  const state = isEdits ? deriveState(source as Edit[]) : (source as DerivedState);
  const dataHash = options.dataHash ?? (isEdits ? reportDataHash(source as Edit[]) : '');
  const data = readReportData(state, options.inspectionId);
  const status = options.status ?? 'draft';
  const version = options.version ?? nextVersionNumber(reportVersions(state));
  const finalisedAt = status === 'final' ? (options.finalisedAt ?? '') : '';
  const year = reportYear(data, options.fallbackYear ?? new Date().getFullYear());
  const blank = options.blankForClerk ?? data.inspection.blankForClerk ?? false;
  const header = buildHeader(data, year, blank);
  const rows = indicatorRows(data, template);
  // Many units: a table of figures per unit rather than every answer and comment (see annex.ts).
  const summary = data.units.length > UNIT_LIST_MAX ? unitSummary(data, template, rows) : undefined;
  const units = summary ? [] : unitRows(data, template);
  const documentList = documentUnits(data);
  const labels = annexLabels(rows.length > 0, units.length > 0 || !!summary, documentList.length > 0);
  const attached = attachedTo(data, header, blank);
  const annex: ReportAnnex = { title: labels.indicators || 'Phụ lục', subtitle: 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CÓ SỐ LIỆU', attachedTo: attached, rows };
  const unitAnnex: UnitAnnex | undefined =
    units.length || summary ? { title: labels.units, subtitle: 'KẾT QUẢ KIỂM TRA TẠI CÁC PHÒNG, ĐƠN VỊ', attachedTo: attached, units, ...(summary ? { summary } : {}) } : undefined;
  const documentAnnex: DocumentAnnex | undefined = documentList.length
    ? { title: labels.documents, subtitle: 'DANH MỤC TÀI LIỆU MINH CHỨNG', attachedTo: attached, units: documentList }
    : undefined;
  const subject = `Kết quả kiểm tra công tác cải cách hành chính, kiểm soát thủ tục hành chính tại ${subjectPlace(data)}`;
  const addressee = stripPeriod(data.inspection.addressee ?? '');
  return {
    format: 1,
    inspectionId: options.inspectionId,
    status,
    version,
    dataHash,
    finalisedAt,
    documentTitle: `Báo cáo ${subject.charAt(0).toLowerCase()}${subject.slice(1)}`,
    header,
    title: 'BÁO CÁO',
    subject,
    addressee: `Kính gửi: ${addressee || '…'}.`,
    body: bodyBlocks(data, template, year, labels, options.phrases ?? phrasesFor(template), !summary),
    signature: buildSignature(data),
    recipientsTitle: 'Nơi nhận:',
    recipients: buildRecipients(data),
    annex,
    unitAnnex,
    ...(documentAnnex ? { documentAnnex } : {}),
    ...(status === 'final' && options.acceptedProblems?.length ? { acceptedProblems: options.acceptedProblems } : {}),
  };
}

/** The parts in report order, for the editor. */
export function reportParts(model: ReportModel) {
  return model.body.filter((b): b is Extract<ReportBlock, { type: 'part' }> => b.type === 'part');
}

/** The id of the report part that drafts a checklist section ("A.I.2", "A.II"). */
export function partIdOfSection(template: ChecklistTemplate, sectionId: string): string | undefined {
  const s = template.sections.find((x) => x.id === sectionId);
  if (!s) return undefined;
  if (s.reportPart === 'A.I') return `A.I.${s.number}`;
  const same = template.sections.filter((x) => x.reportPart === s.reportPart);
  return same.length > 1 ? `${s.reportPart}.${same.indexOf(s) + 1}` : s.reportPart;
}
