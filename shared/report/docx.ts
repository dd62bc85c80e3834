/**
 * The report as a Word document, laid out per Nghị định 30/2020/NĐ-CP,
 * Phụ lục I: A4, margins 20/20/30/15 mm, Times New Roman, the borderless
 * two-column header, justified 14 pt body with a 1.27 cm first-line indent,
 * page numbers centred at the top from page 2, the annex on its own page.
 * Built from the same model as the print view.
 *
 * Word users get real styles rather than direct formatting: "Body Text" for
 * the prose and Heading 1-3 for "A.", "I." and "1." (so the navigation pane
 * lists the report), all Times New Roman 14 pt in black, with keep-with-next
 * on headings; every run is marked vi-VN so Word spell-checks Vietnamese.
 * Version, finalisation time and data hash live in the document properties,
 * never on the page.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { annexSections } from './docxAnnex';
import { FONT, MARGIN, PAGE, centred, pageHeader, pt, run } from './docxParts';
import type { HeadingLevel as ModelHeadingLevel, ReportModel, ReportParagraph } from './types';

/** Twips per millimetre (1440 per inch / 25.4). */
const MM = 1440 / 25.4;
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right; // 9355
/**
 * Header columns: the right one is wide enough that "CỘNG HÒA XÃ HỘI CHỦ
 * NGHĨA VIỆT NAM" in 12 pt bold (about 4 970 twips) stays on one line.
 */
export const HEADER_COLUMNS = [3900, TEXT_WIDTH - 3900] as const;
const BODY = pt(14);
const INDENT = 720; // 1.27 cm
const BLACK = '000000';
const LANG = { value: 'vi-VN', eastAsia: 'vi-VN', bidirectional: 'vi-VN' } as const;
/** The body paragraph style (Word's built-in "Body Text"). */
export const BODY_STYLE = 'BodyText';

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };
const LINE = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } as const;

/** A short horizontal rule: an almost empty paragraph whose bottom border is `width` twips long, centred in `within`. */
function rule(width: number, within: number, after = 0): Paragraph {
  const side = Math.max(0, Math.round((within - width) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after, line: 40, lineRule: LineRuleType.EXACT },
    border: { bottom: LINE },
    children: [run('', { size: 2 })],
  });
}

function cell(width: number, children: Paragraph[], verticalAlign: (typeof VerticalAlignTable)[keyof typeof VerticalAlignTable] = VerticalAlignTable.TOP): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, borders: NO_BORDERS, margins: { left: 0, right: 0, top: 0, bottom: 0 }, verticalAlign, children });
}

function headerTable(m: ReportModel): Table {
  const [lw, rw] = HEADER_COLUMNS;
  const h = m.header;
  const left = [
    ...(h.governingBody ? [centred(h.governingBody, { size: pt(13) })] : []),
    centred(h.issuingBody || ' ', { size: pt(13), bold: true }),
    rule(Math.round(lw / 3), lw, 120),
    centred(h.numberLine, { size: pt(13) }),
  ];
  const right = [
    centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: pt(12), bold: true }),
    centred('Độc lập - Tự do - Hạnh phúc', { size: pt(13), bold: true }),
    // As long as "Độc lập - Tự do - Hạnh phúc" in 13 pt bold (about 56 mm).
    rule(Math.round(56 * MM), rw, 120),
    centred(h.placeDate, { size: pt(13), italics: true }),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [lw, rw],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: [cell(lw, left), cell(rw, right)] })],
  });
}

function bodyParagraph(p: ReportParagraph): Paragraph {
  return new Paragraph({ style: BODY_STYLE, children: [run(p.text)] });
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function heading(text: string, level: ModelHeadingLevel): Paragraph {
  return new Paragraph({ heading: HEADINGS[level], children: [run(text)] });
}

function signatureTable(m: ReportModel): Table {
  const lw = 4300;
  const rw = TEXT_WIDTH - lw;
  const s = m.signature;
  const left = [
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [run(m.recipientsTitle, { size: pt(12), bold: true, italics: true })] }),
    ...m.recipients.map((r) => new Paragraph({ spacing: { before: 0, after: 0 }, children: [run(r, { size: pt(11) })] })),
  ];
  const right = [
    centred(s.authority, { size: BODY, bold: true }),
    centred(s.title, { size: BODY, bold: true }),
    // Free space for the signature image and the seal (ký số), about five lines.
    ...Array.from({ length: 5 }, () => centred('', { size: BODY })),
    centred(s.name || ' ', { size: BODY, bold: true }),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [lw, rw],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: [cell(lw, left), cell(rw, right)] })],
  });
}

export function buildReportDocument(m: ReportModel): Document {
  const body: (Paragraph | Table)[] = [
    headerTable(m),
    new Paragraph({ spacing: { before: 240, after: 0 }, alignment: AlignmentType.CENTER, children: [run(m.title, { size: BODY, bold: true })] }),
    centred(m.subject, { size: BODY, bold: true }),
    rule(Math.round(45 * MM), TEXT_WIDTH, 240),
    centred(m.addressee, { size: BODY }, 240),
  ];
  for (const b of m.body) {
    if (b.type === 'heading') body.push(heading(b.text, b.level));
    else body.push(...b.paragraphs.map(bodyParagraph));
  }
  // At least one blank line between the closing sentence and the signature and Nơi nhận blocks.
  body.push(new Paragraph({ spacing: { before: 0, after: 0 }, children: [run('', { size: BODY })] }), signatureTable(m));

  const status = m.status === 'final' ? `Phiên bản ${m.version}, hoàn thành ${m.finalisedAt}` : `Dự thảo phiên bản ${m.version}`;
  const headingStyle = (size: number) => ({
    run: { font: FONT, size, bold: true, color: BLACK, italics: false, language: LANG },
    paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: INDENT }, spacing: { before: 120, after: 120 }, keepNext: true, keepLines: true },
  });
  return new Document({
    title: m.documentTitle,
    subject: m.subject,
    creator: m.signature.name || upperFirstWord(m.signature.authority.replace(/^TM\.\s*/, '')),
    lastModifiedBy: m.signature.name || undefined,
    description: `${status}. Mã dữ liệu (SHA-256): ${m.dataHash}`,
    keywords: `SHA-256:${m.dataHash}`,
    customProperties: [
      { name: 'DataHash', value: m.dataHash },
      { name: 'ReportVersion', value: String(m.version) },
      { name: 'ReportStatus', value: m.status === 'final' ? 'Hoàn thành' : 'Dự thảo' },
      ...(m.finalisedAt ? [{ name: 'FinalisedAt', value: m.finalisedAt }] : []),
      ...(m.acceptedProblems?.length ? [{ name: 'AcceptedProblems', value: m.acceptedProblems.join(' | ') }] : []),
    ],
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY, color: BLACK, language: LANG } },
        heading1: headingStyle(BODY),
        heading2: headingStyle(BODY),
        heading3: headingStyle(BODY),
        // The report never uses these, but Word lists them; none may keep the library's blue.
        heading4: headingStyle(BODY),
        heading5: headingStyle(BODY),
        heading6: headingStyle(BODY),
        caption: { run: { font: FONT, size: pt(12), italics: true, color: BLACK } },
        hyperlink: { run: { color: BLACK, underline: {} } },
      },
      paragraphStyles: [
        {
          id: BODY_STYLE,
          name: 'Body Text',
          basedOn: 'Normal',
          next: BODY_STYLE,
          quickFormat: true,
          run: { font: FONT, size: BODY, color: BLACK, language: LANG },
          paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: INDENT }, spacing: { before: 0, after: 120 } },
        },
      ],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: { ...MARGIN, gutter: 0 } },
        },
        headers: { first: pageHeader(m, false), default: pageHeader(m, true) },
        children: body,
      },
      ...annexSections(m),
    ],
  });
}

function upperFirstWord(s: string): string {
  const t = s.trim().toLocaleLowerCase('vi');
  return t.charAt(0).toLocaleUpperCase('vi') + t.slice(1);
}

/** The .docx bytes of a report model. */
export { PAGE, MARGIN } from './docxParts';

export async function reportDocx(m: ReportModel): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(buildReportDocument(m)));
}

export { reportFileName } from './files';
