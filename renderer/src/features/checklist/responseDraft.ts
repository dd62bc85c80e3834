/**
 * What the inspector typed for one response, turned into stored values and
 * checked with ResponseSchema as a whole (so 21/13 is caught even when only
 * one of the two numbers changed). Pure, so it is easy to reason about.
 */
import type { Json } from '../../../../shared/domain/edit';
import { parseVnDate, toInputDate } from '../../../../shared/domain/format';
import { ResponseSchema, type ResponseValues } from '../../../../shared/domain/schemas';

export const RESPONSE_FIELDS = ['verdict', 'numerator', 'denominator', 'count', 'date', 'text', 'comment'] as const;
export type ResponseField = (typeof RESPONSE_FIELDS)[number];
export type Drafts = Partial<Record<ResponseField, string>>;
export type FieldErrors = Partial<Record<ResponseField, string>>;

/** "1.114" (Vietnamese thousands) → 1114; "" → null; anything else as Number() sees it, for the schema to judge. */
export function parseWhole(text: string): number | null {
  const t = text.trim();
  if (t === '') return null;
  if (/^\d{1,3}(\.\d{3})+$/.test(t)) return Number(t.replace(/\./g, ''));
  return Number(t.replace(',', '.'));
}

function parseField(field: ResponseField, text: string): Json {
  switch (field) {
    case 'verdict':
      return text === '' ? null : text;
    case 'numerator':
    case 'denominator':
    case 'count':
      return parseWhole(text);
    case 'date':
      // An impossible date stays as typed so the schema rejects it with its message.
      return text.trim() === '' ? '' : (parseVnDate(text) ?? text.trim());
    default:
      return text;
  }
}

/** A stored value as the text an input shows. */
export function fieldText(values: Partial<ResponseValues> | undefined, field: ResponseField): string {
  const v = values?.[field];
  if (v === undefined || v === null) return '';
  if (field === 'date') return toInputDate(String(v));
  return String(v);
}

export interface CheckResult {
  /** Valid changed fields, ready to write. */
  values: Record<string, Json>;
  /** Fields that must not be written, with the message to show. */
  errors: FieldErrors;
}

const RATIO: ResponseField[] = ['numerator', 'denominator'];

/** Check the stored response with the typed changes applied; only valid changed fields come back to write. */
export function checkDrafts(stored: Partial<ResponseValues>, drafts: Drafts): CheckResult {
  const parsed: Record<string, Json> = {};
  for (const [f, text] of Object.entries(drafts) as [ResponseField, string][]) parsed[f] = parseField(f, text);
  const merged = { ...stored, ...parsed };
  const r = ResponseSchema.safeParse(merged);
  const errors: FieldErrors = {};
  if (!r.success) {
    for (const issue of r.error.issues) {
      const f = issue.path[0] as ResponseField | undefined;
      if (f && !errors[f]) errors[f] = issue.message;
    }
  }
  // Numerator and denominator are one answer: never write half of a wrong
  // ratio, nor one half alone (it waits on screen for the other).
  const empty = (v: unknown) => v === undefined || v === null;
  const incomplete = empty(merged.numerator) !== empty(merged.denominator);
  const ratioBroken = incomplete || RATIO.some((f) => errors[f]);
  const values: Record<string, Json> = {};
  for (const [f, v] of Object.entries(parsed) as [ResponseField, Json][]) {
    if (errors[f] || (ratioBroken && RATIO.includes(f))) continue;
    values[f] = v;
  }
  return { values, errors };
}

/** Why a draft was not stored, for the journal and the header: its own error, its ratio partner's, or the missing other half. */
export function heldMessage(field: ResponseField, errors: FieldErrors): string {
  const own = errors[field];
  if (own) return own;
  if (RATIO.includes(field)) {
    const partner = errors[field === 'numerator' ? 'denominator' : 'numerator'];
    return partner ?? 'Cần nhập cả tử số và mẫu số thì tỷ lệ mới được lưu.';
  }
  return 'Giá trị này chưa hợp lệ nên chưa được lưu.';
}
