/**
 * The report's metadata in the PDF's document information dictionary:
 * title, subject, author, and — off the page — the version, the
 * finalisation time and the data hash. Chromium writes only the page title,
 * so the new dictionary is appended as an incremental update (a new object,
 * a one-entry cross-reference section and a trailer pointing back at the
 * old one): the bytes Chromium wrote stay untouched, tags and /Lang
 * included, and a signing tool later appends its own update the same way.
 */
import type { ReportModel } from './types';

export interface PdfInfo {
  /** Document language for the catalog; 'vi' unless given. */
  lang?: string;
  title: string;
  subject: string;
  author: string;
  keywords: string;
  creator: string;
}

export function reportPdfInfo(m: ReportModel): PdfInfo {
  const status = m.status === 'final' ? `Phiên bản ${m.version}, hoàn thành ${m.finalisedAt}` : `Dự thảo phiên bản ${m.version}`;
  return {
    title: m.documentTitle,
    subject: m.subject,
    author: m.signature.name || m.header.issuingBody,
    keywords: `${status}; SHA-256: ${m.dataHash}`,
    creator: 'Tự Kiểm Tra',
  };
}

/** A PDF text string in UTF-16BE hex with its byte-order mark: Vietnamese needs more than PDFDocEncoding. */
function pdfString(s: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

const latin1 = (bytes: Uint8Array, from: number) => {
  let s = '';
  for (let i = from; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
  return s;
};

/** The catalog object re-issued with /Lang, when it is a plain dictionary that has none yet. */
function catalogWithLang(pdf: Uint8Array, num: number, lang: string): string | undefined {
  // The catalog is near the end of Chromium's file; read the tail as text once.
  const text = latin1(pdf, Math.max(0, pdf.length - 262144));
  const head = new RegExp(`(?:^|\\s)${num} 0 obj\\s*<<`, 'g');
  let m: RegExpExecArray | null;
  let last: RegExpExecArray | null = null;
  while ((m = head.exec(text))) last = m;
  if (!last) return undefined;
  // The dictionary holds nested ones (<</ViewerPreferences <<…>> >>): find its end by depth.
  let depth = 1;
  let i = last.index + last[0].length;
  const from = i;
  while (i < text.length && depth > 0) {
    if (text.startsWith('<<', i)) (depth++, (i += 2));
    else if (text.startsWith('>>', i)) (depth--, (i += 2));
    else i++;
  }
  if (depth !== 0) return undefined;
  const body = text.slice(from, i - 2);
  if (/\/Lang\b/.test(body) || !/\/Type\s*\/Catalog/.test(body)) return undefined;
  return `${num} 0 obj\n<<${body}\n/Lang (${lang})>>\nendobj\n`;
}

/**
 * The PDF with a new Info dictionary, or the bytes unchanged when their
 * last trailer cannot be read (then the document itself is still right).
 */
export function withPdfInfo(pdf: Uint8Array, info: PdfInfo, now = new Date()): Uint8Array {
  const tail = latin1(pdf, Math.max(0, pdf.length - 4096));
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  const trailer = [...tail.matchAll(/trailer\s*<<([\s\S]*?)>>\s*startxref/g)].pop();
  if (!start || !trailer) return pdf;
  const size = /\/Size\s+(\d+)/.exec(trailer[1]);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer[1]);
  if (!size || !root) return pdf;
  const n = Number(size[1]);
  const d = now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const obj =
    `${n} 0 obj\n<</Title ${pdfString(info.title)}\n/Subject ${pdfString(info.subject)}\n/Author ${pdfString(info.author)}\n` +
    `/Keywords ${pdfString(info.keywords)}\n/Creator ${pdfString(info.creator)}\n/ModDate (D:${d}Z)>>\nendobj\n`;
  // The document language (/Lang vi) belongs to the catalog. Chromium writes it only into a tagged PDF, whose
  // structure tree makes a long report several times slower to print; so the catalog is re-issued with it here.
  const rootNum = Number(root[1].split(/\s+/)[0]);
  const catalog = catalogWithLang(pdf, rootNum, info.lang ?? 'vi');
  const sep = pdf[pdf.length - 1] === 0x0a ? '' : '\n';
  const objAt = pdf.length + sep.length;
  const catAt = objAt + obj.length;
  const xrefAt = catAt + (catalog?.length ?? 0);
  const catXref = catalog ? `${rootNum} 1\n${String(catAt).padStart(10, '0')} 00000 n \n` : '';
  const update =
    `${sep}${obj}${catalog ?? ''}xref\n${catXref}${n} 1\n${String(objAt).padStart(10, '0')} 00000 n \n` +
    `trailer\n<</Size ${n + 1}\n/Root ${root[1]}\n/Info ${n} 0 R\n/Prev ${start[1]}>>\nstartxref\n${xrefAt}\n%%EOF\n`;
  // The update is ASCII, so its string length is its byte length.
  const out = new Uint8Array(pdf.length + update.length);
  out.set(pdf, 0);
  for (let i = 0; i < update.length; i++) out[pdf.length + i] = update.charCodeAt(i);
  return out;
}
