/** Small Vietnamese wording helpers shared by the drafting functions. */
import { formatDate, formatNumber, formatPercent } from '../domain/format';
import { computeRatio } from '../domain/ratio';
import { DOC_TYPE_LABELS, type DocType, type Verdict } from '../domain/schemas';
import type { TemplateItem } from '../templates/types';

export const VERDICT_WORDS: Record<Verdict, string> = {
  dat: 'đạt',
  'dat-mot-phan': 'đạt một phần',
  'khong-dat': 'không đạt',
  'khong-phat-sinh': 'không phát sinh',
};

/** The criterion without its trailing input hint ("(số, ngày)"), which reads oddly in prose. */
export function itemLabel(item: TemplateItem): string {
  return item.text
    .replace(/\s*\((?:QĐ\s+)?số(?:,\s*ngày)?\)/g, '')
    .replace(/\s*\((?:số|tỷ lệ)\s[^()]*\)\s*$/, '')
    // "… năm (số, ngày)" asks for the year's plan; without the hint a bare "năm" would end the line.
    .replace(/\s+năm$/, '')
    .trim();
}

/** A date in running text ("05/8/2025", "15/01/2025"), tolerating a missing date. */
export function reportDate(iso: string | undefined | null): string {
  return iso ? formatDate(iso) : '';
}

/** Lower-case the first letter unless the word is an acronym ("TTHC", "DVC"). */
export function lowerFirst(s: string): string {
  if (s.length > 1 && s[1] === s[1].toUpperCase() && s[1] !== s[1].toLowerCase()) return s;
  return s.charAt(0).toLowerCase() + s.slice(1);
}

export function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Counts below ten are written with a leading zero in official prose ("05 văn bản"). */
export function countText(n: number): string {
  return n >= 0 && n < 10 && Number.isInteger(n) ? `0${n}` : formatNumber(n);
}

export function ensurePeriod(s: string): string {
  const t = s.trim();
  if (!t) return t;
  return /[.!?:;…]$/.test(t) ? t : `${t}.`;
}

export function stripPeriod(s: string): string {
  return s.trim().replace(/[.;,]+$/, '');
}

/** What the numerator counts, from its input label: "Số hồ sơ giải quyết đúng hạn" → "hồ sơ giải quyết đúng hạn". */
function numeratorNoun(item: TemplateItem): string {
  const label = item.ratioLabels?.numerator ?? '';
  return lowerFirst(label.replace(/^Số\s+/, '').trim());
}

/**
 * "1.114/1.114 hồ sơ giải quyết đúng hạn, đạt 100%" plus the target verdict:
 * ", chưa đạt chỉ tiêu 80%", ", đạt chỉ tiêu 100%" or ", vượt chỉ tiêu 10%".
 * The comparison uses the exact ratio, not the rounded text.
 */
export function ratioPhrase(item: TemplateItem, numerator: number, denominator: number): string {
  const r = computeRatio(numerator, denominator, item.targetPercent);
  const noun = numeratorNoun(item);
  let s = `${r.fraction}${noun ? ` ${noun}` : ''}`;
  if (r.percent === undefined) return s;
  s += `, đạt ${r.percentText}`;
  if (item.targetPercent === undefined) return s;
  const target = formatPercent(item.targetPercent);
  if (!r.met) return `${s}, chưa đạt chỉ tiêu ${target}`;
  return Math.round(r.percent * 100) / 100 > item.targetPercent ? `${s}, vượt chỉ tiêu ${target}` : `${s}, đạt chỉ tiêu ${target}`;
}

export function countPhrase(item: TemplateItem, count: number): string {
  const label = item.countLabel ?? '';
  if (count === 0) return `không có ${label}`.trim();
  return `${countText(count)}${label ? ` ${label}` : ''}`;
}

/** "Kế hoạch số 105/KH-SKHCN ngày 15/01/2025" */
export function docRefText(docType: DocType | undefined, number: string | undefined, date: string | undefined): string {
  const kind = DOC_TYPE_LABELS[docType ?? 'khac'] ?? 'Văn bản';
  const parts = [kind];
  if (number?.trim()) parts.push(`số ${number.trim()}`);
  if (date) {
    const d = reportDate(date);
    if (d) parts.push(`ngày ${d}`);
  }
  return parts.join(' ');
}

/** The verb of "Văn phòng Sở đã … Kế hoạch số …" by document type. */
export function evidenceVerb(docType: DocType | undefined): string {
  switch (docType) {
    case 'BB':
      return 'lập';
    case 'BC':
      return 'thực hiện';
    case 'khac':
    case undefined:
      return 'cung cấp';
    default:
      return 'tham mưu ban hành';
  }
}

/** "Văn phòng Sở, phòng Chuyển đổi số và phòng Đổi mới sáng tạo" */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} và ${names[names.length - 1]}`;
}
