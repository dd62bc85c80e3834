/**
 * The records of a package's edits.json: decoded, parsed and validated once,
 * in one pass. Envelopes and values go through the fast "certainly valid"
 * checks of fastcheck.ts and fall back to the zod schemas for
 * anything else, so a bad record is refused with zod's own message.
 */
import type { Edit } from '../domain/edit';
import { EditSchema, firstIssueMessage } from '../domain/schemas';
import { checkEditValueFast, fastEditEnvelope } from './fastcheck';
import { hasXmlInvalid, valueHasXmlInvalid } from '../domain/xmlText';

export type RecordsResult = { ok: true; edits: Edit[] } | { ok: false; index: number; reason: string };

const lenient = new TextDecoder('utf-8');
const strict = new TextDecoder('utf-8', { fatal: true });

/**
 * Strict UTF-8 decoding (bad bytes refuse the file) at the lenient decoder's
 * speed, which in Node is about twice the strict one's: the lenient decoder
 * marks bad bytes with U+FFFD, so text without one decodes the same strictly;
 * only text with one (rare, and possibly legitimate) is decoded again strictly.
 */
function decodeStrict(bytes: Uint8Array): string {
  const text = lenient.decode(bytes);
  return text.includes('\uFFFD') ? strict.decode(bytes) : text;
}

function parseList(bytes: Uint8Array): unknown[] | undefined {
  try {
    const value: unknown = JSON.parse(decodeStrict(bytes));
    return Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Valid, de-duplicated edit records (first copy of an id kept), or the first bad record, numbered from 1. */
export function readEditRecords(bytes: Uint8Array, inspectionIds: ReadonlySet<string>): RecordsResult {
  const list = parseList(bytes);
  if (!list) return { ok: false, index: 1, reason: 'edits.json không phải danh sách bản ghi' };
  const edits: Edit[] = new Array(list.length);
  // A package is written sorted by id, so strictly rising ids prove there are no duplicates without a map.
  let rising = true;
  let prev = '';
  for (let i = 0; i < list.length; i++) {
    let edit = fastEditEnvelope(list[i]);
    if (!edit) {
      const r = EditSchema.safeParse(list[i]);
      if (!r.success) return { ok: false, index: i + 1, reason: firstIssueMessage(r.error) };
      edit = r.data as Edit;
    }
    // Checked for every field, also those the fast path accepts: such a character breaks the report's DOCX.
    if (typeof edit.value === 'object' ? valueHasXmlInvalid(edit.value) : typeof edit.value === 'string' && hasXmlInvalid(edit.value))
      return { ok: false, index: i + 1, reason: 'có ký tự điều khiển không in được (như U+FFFE), làm hỏng tệp báo cáo' };
    const bad = checkEditValueFast(edit.entity, edit.field, edit.value);
    if (bad) return { ok: false, index: i + 1, reason: bad };
    if (!inspectionIds.has(edit.inspectionId)) return { ok: false, index: i + 1, reason: 'thuộc cuộc kiểm tra không ghi trong phần mô tả' };
    if (rising && !(edit.id > prev)) rising = false;
    prev = edit.id;
    edits[i] = edit;
  }
  if (rising) return { ok: true, edits };
  // Duplicates are harmless (union by id): keep the first, say nothing.
  const byId = new Map<string, Edit>();
  for (const e of edits) if (!byId.has(e.id)) byId.set(e.id, e);
  return { ok: true, edits: [...byId.values()] };
}
