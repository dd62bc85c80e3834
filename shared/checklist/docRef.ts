/**
 * One document reference typed as people write it in reports —
 * "Kế hoạch số 14/KH-SKHCN ngày 05/8/2025 về kiểm tra CCHC" — read into
 * loại, số, ngày and trích yếu, and written back the same way.
 */
import { formatDocRef, isRealDate } from '../domain/format';
import { normalizeForSearch } from '../domain/search';
import { DOC_TYPES, DOC_TYPE_LABELS, type DocType } from '../domain/schemas';

export interface DocReference {
  docType: DocType;
  number: string;
  /** ISO date. */
  date: string;
  summary: string;
}

export type DocRefParse = { ok: true; ref: DocReference } | { ok: false; message: string };

export const DOC_REF_EXAMPLE = 'Kế hoạch số 14/KH-SKHCN ngày 05/8/2025 về kiểm tra công tác cải cách hành chính';

/** Type names and abbreviations a person may write before "số", matched without diacritics. */
const TYPE_WORDS: [string, DocType][] = [
  ...DOC_TYPES.filter((t) => t !== 'khac').map((t): [string, DocType] => [normalizeForSearch(DOC_TYPE_LABELS[t]), t]),
  ...DOC_TYPES.filter((t) => t !== 'khac').map((t): [string, DocType] => [normalizeForSearch(t), t]),
  ['qd', 'QĐ'],
  ['van ban', 'khac'],
];

function typeFromWords(words: string): DocType | undefined {
  const w = normalizeForSearch(words);
  if (!w) return undefined;
  return TYPE_WORDS.find(([name]) => w === name || w.endsWith(` ${name}`))?.[1];
}

/** "14/KH-SKHCN" → KH; "540/QĐ-UBND" → QĐ; "123/SKHCN-VP" (a công văn) → undefined. */
function typeFromSymbol(number: string): DocType | undefined {
  const abbr = /^\d+[\p{L}\p{N}]*\/([\p{L}]+)-/u.exec(number)?.[1];
  if (!abbr) return undefined;
  return DOC_TYPES.find((t) => t !== 'khac' && normalizeForSearch(t) === normalizeForSearch(abbr));
}

const NUMBER_RE = /(?:\bsố\s*:?\s*)?(\d+[\p{L}\p{N}]*(?:\/[\p{L}\p{N}.\-–]+)*)/iu;
const DATE_SLASH_RE = /(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/iu;
const DATE_WORDS_RE = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;

/**
 * Reads a reference; the message says what is missing and shows the expected
 * form. `defaultType` is the type the criterion expects, used when neither a
 * type word nor the symbol names one.
 */
export function parseDocRef(input: string, defaultType: DocType = 'khac'): DocRefParse {
  const text = input.replace(/\s+/g, ' ').trim();
  if (!text) return { ok: false, message: `Hãy nhập văn bản theo dạng: ${DOC_REF_EXAMPLE}.` };
  const dm = DATE_WORDS_RE.exec(text) ?? DATE_SLASH_RE.exec(text);
  const beforeDate = dm ? text.slice(0, dm.index) : text;
  const nm = NUMBER_RE.exec(beforeDate);
  if (!nm || (!nm[1].includes('/') && !/(^|\s)số(?=[\s:]|$)/iu.test(beforeDate)))
    return { ok: false, message: `Chưa thấy số, ký hiệu văn bản (ví dụ 14/KH-SKHCN). Hãy nhập theo dạng: ${DOC_REF_EXAMPLE}.` };
  if (!dm) return { ok: false, message: `Chưa thấy ngày ban hành văn bản (ví dụ ngày 05/8/2025). Hãy nhập theo dạng: ${DOC_REF_EXAMPLE}.` };
  const [d, m, y] = [Number(dm[1]), Number(dm[2]), Number(dm[3])];
  if (!isRealDate(y, m, d)) return { ok: false, message: `Ngày ${dm[1]}/${dm[2]}/${dm[3]} không có thật. Hãy kiểm tra lại ngày ban hành văn bản.` };
  const number = nm[1].replace(/[.,;:]+$/, '');
  const words = beforeDate.slice(0, nm.index).replace(/(^|\s)số\s*:?\s*$/iu, '').trim();
  const docType = typeFromWords(words) ?? typeFromSymbol(number) ?? defaultType;
  const summary = text
    .slice(dm.index + dm[0].length)
    .replace(/^[\s,;:–-]+/, '')
    .trim();
  const date = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { ok: true, ref: { docType, number, date, summary } };
}

/** "Kế hoạch số 14/KH-SKHCN ngày 05/8/2025", then the trích yếu when there is one. */
export function formatDocReference(ref: Pick<DocReference, 'docType' | 'number' | 'date'> & { summary?: string }): string {
  const head = formatDocRef(DOC_TYPE_LABELS[ref.docType], ref.number, ref.date || undefined);
  return ref.summary?.trim() ? `${head} ${ref.summary.trim()}` : head;
}
