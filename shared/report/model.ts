/**
 * buildReportModel: the inspection's edits (or derived state) and the
 * checklist template in, the plain report model out — header, title,
 * căn cứ, parts A/B/C, signature, Nơi nhận and the annex, in the order of
 * seed 000 and with Nghị định 30's wording. Pure: no clock, no storage.
 */
import { deriveState, type DerivedState } from '../domain/derive';
import type { Edit } from '../domain/edit';
import { blankHeaderDate, formatDateTime, formatHeaderDate, formatPercent, isoParts } from '../domain/format';
import type { ChecklistTemplate, ReportPart as TemplatePartKey, TemplateSection } from '../templates/types';
import { aggregateRatio, annexItems } from './aggregate';
import { readReportData, type ReportData } from './data';
import { draftConclusion, draftOpening, draftSections, draftShortcomings, draftStrengths, subjectPlace } from './draft';
import { reportDataHash } from './hash';
import { textToParagraphs } from './paragraphs';
import { itemLabel, reportDate, stripPeriod, upperFirst } from './phrases';
import type { AnnexRow, ReportAnnex, ReportBlock, ReportHeader, ReportModel, ReportPartBlock, ReportSignature } from './types';
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

function bodyBlocks(data: ReportData, template: ChecklistTemplate, year: number): ReportBlock[] {
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
        blocks.push(part(`${key}.${key === 'A.I' ? s.number : k + 1}`, label, draftSections([s], data), data));
      });
    } else {
      blocks.push(part(key, `${roman}. ${upperFirst(heading.toLocaleLowerCase('vi'))}`, draftSections(sections, data), data));
    }
  });
  blocks.push({ type: 'heading', level: 1, text: 'B. ĐÁNH GIÁ CHUNG' });
  blocks.push({ type: 'heading', level: 3, text: '1. Ưu điểm' });
  blocks.push(part('B.1', '1. Ưu điểm', draftStrengths(data, template), data));
  blocks.push({ type: 'heading', level: 3, text: '2. Tồn tại, hạn chế và nguyên nhân' });
  blocks.push(part('B.2', '2. Tồn tại, hạn chế và nguyên nhân', draftShortcomings(data, template), data));
  blocks.push({ type: 'heading', level: 1, text: 'C. KẾT LUẬN' });
  blocks.push(part('C', 'C. Kết luận và kiến nghị', draftConclusion(data, template), data));
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

function buildAnnex(data: ReportData, template: ChecklistTemplate, header: ReportHeader, blank: boolean, status: ReportModel['status'], version: number, dataHash: string, finalisedAt: string): ReportAnnex {
  const rows: AnnexRow[] = annexItems(template).map((item) => {
    const agg = aggregateRatio(item, data);
    const r = agg?.result;
    return {
      itemId: item.id,
      indicator: itemLabel(item),
      fraction: r?.fraction ?? '',
      percentText: r?.percentText ?? '',
      targetText: item.targetPercent === undefined ? '' : formatPercent(item.targetPercent),
      verdict: !r || r.percent === undefined ? 'Chưa có số liệu' : r.met === undefined ? '' : r.met ? 'Đạt' : 'Không đạt',
    };
  });
  const i = data.inspection;
  const number = header.numberLine.replace(/^Số: ?/, '');
  const date = !blank && i.reportDate ? ` ngày ${reportDate(i.reportDate)}` : '';
  const by = upperFirst((i.issuingBody?.trim() || 'Đoàn kiểm tra').toLocaleLowerCase('vi'));
  const when = finalisedAt ? formatDateTime(Date.parse(finalisedAt)) : '';
  return {
    title: 'PHỤ LỤC',
    subtitle: 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU, TIÊU CHÍ CÓ SỐ LIỆU',
    attachedTo: `(Kèm theo Báo cáo số ${number}${date} của ${by})`,
    rows,
    hashLine: hashLine(status, version, dataHash, when),
  };
}

export function hashLine(status: ReportModel['status'], version: number, dataHash: string, when: string): string {
  return status === 'final' ? `Phiên bản ${version}, hoàn thành ${when}. Mã dữ liệu (SHA-256): ${dataHash}` : `Dự thảo phiên bản ${version}. Mã dữ liệu (SHA-256): ${dataHash}`;
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
  const blank = options.blankForClerk ?? false;
  const header = buildHeader(data, year, blank);
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
    body: bodyBlocks(data, template, year),
    signature: buildSignature(data),
    recipientsTitle: 'Nơi nhận:',
    recipients: buildRecipients(data),
    annex: buildAnnex(data, template, header, blank, status, version, dataHash, finalisedAt),
  };
}

/** The parts in report order, for the editor. */
export function reportParts(model: ReportModel) {
  return model.body.filter((b): b is Extract<ReportBlock, { type: 'part' }> => b.type === 'part');
}
