/**
 * Characters XML 1.0 does not allow (C0 controls other than tab and line
 * breaks, U+FFFE, U+FFFF, lone surrogates). One of them in a comment made a
 * DOCX that Word and LibreOffice refuse to open, so they are refused where
 * text is typed or imported, and stripped by every writer as a last guard.
 */
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// eslint-disable-next-line no-control-regex
const XML_INVALID_ALL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** One character class, fast on every string: only a string it matches (mostly a legitimate surrogate pair, an emoji) needs the full check. */
// eslint-disable-next-line no-control-regex
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

export function hasXmlInvalid(s: string): boolean {
  return SUSPECT.test(s) && XML_INVALID.test(s);
}

export function stripXmlInvalid(s: string): string {
  return hasXmlInvalid(s) ? s.replace(XML_INVALID_ALL, '') : s;
}

/** Whether any string inside a JSON value holds such a character. */
export function valueHasXmlInvalid(v: unknown, depth = 0): boolean {
  if (typeof v === 'string') return hasXmlInvalid(v);
  if (v === null || typeof v !== 'object' || depth > 20) return false;
  if (Array.isArray(v)) return v.some((x) => valueHasXmlInvalid(x, depth + 1));
  return Object.values(v as Record<string, unknown>).some((x) => valueHasXmlInvalid(x, depth + 1));
}

export const XML_INVALID_MESSAGE = 'Nội dung có ký tự điều khiển không in được (thường do dán từ tệp khác). Hãy xóa ký tự đó hoặc gõ lại đoạn văn bản.';
