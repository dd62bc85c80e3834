/**
 * The report as a Word document, laid out per Nghị định 30/2020/NĐ-CP,
 * Phụ lục I: A4, margins 20/20/30/15 mm, Times New Roman, the borderless
 * two-column header, justified 14 pt body with a 1.27 cm first-line indent,
 * page numbers centred at the top from page 2, the annex on its own page.
 * Built from the same model as the print view.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
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
import type { ReportModel, ReportParagraph } from './types';

/** Twips per millimetre (1440 per inch / 25.4). */
const MM = 1440 / 25.4;
export const PAGE = { width: 11906, height: 16838 } as const;
export const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 850, header: 567, footer: 567 } as const;
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right; // 9355
/**
 * Header columns: the right one is wide enough that "CỘNG HÒA XÃ HỘI CHỦ
 * NGHĨA VIỆT NAM" in 12 pt bold (about 4 970 twips) stays on one line.
 */
export const HEADER_COLUMNS = [3900, TEXT_WIDTH - 3900] as const;
const FONT = 'Times New Roman';
const pt = (n: number) => n * 2; // docx sizes are half-points
const BODY = pt(14);
const INDENT = 720; // 1.27 cm

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };
const LINE = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } as const;

function run(text: string, o: Omit<IRunOptions, 'text'> = {}): TextRun {
  return new TextRun({ text, font: FONT, ...o });
}

function centred(text: string, o: Omit<IRunOptions, 'text'>, after = 0): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after }, children: [run(text, o)] });
}

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
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: INDENT },
    spacing: { before: 0, after: 120 },
    children: [run(p.text, { size: BODY })],
  });
}

function heading(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: INDENT },
    spacing: { before: 120, after: 120 },
    keepNext: true,
    keepLines: true,
    children: [run(text, { size: BODY, bold: true })],
  });
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

const ANNEX_COLUMNS = [650, 3705, 1400, 1150, 1050, 1400];

function annexCell(text: string, width: number, o: { bold?: boolean; align?: 'left' | 'center' } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
    verticalAlign: VerticalAlignTable.CENTER,
    children: [
      new Paragraph({
        alignment: o.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
        spacing: { before: 0, after: 0 },
        children: [run(text, { size: pt(12), bold: o.bold })],
      }),
    ],
  });
}

function annexBlock(m: ReportModel): (Paragraph | Table)[] {
  const a = m.annex;
  const head = ['STT', 'Chỉ tiêu, tiêu chí', 'Kết quả', 'Tỷ lệ', 'Chỉ tiêu', 'Đánh giá'];
  const rows = [
    new TableRow({ tableHeader: true, children: head.map((t, i) => annexCell(t, ANNEX_COLUMNS[i], { bold: true })) }),
    ...a.rows.map(
      (r, n) =>
        new TableRow({
          cantSplit: true,
          children: [
            annexCell(String(n + 1), ANNEX_COLUMNS[0]),
            annexCell(r.indicator, ANNEX_COLUMNS[1], { align: 'left' }),
            annexCell(r.fraction || '—', ANNEX_COLUMNS[2]),
            annexCell(r.percentText || '—', ANNEX_COLUMNS[3]),
            annexCell(r.targetText || '—', ANNEX_COLUMNS[4]),
            annexCell(r.verdict || '—', ANNEX_COLUMNS[5]),
          ],
        }),
    ),
  ];
  return [
    new Paragraph({ pageBreakBefore: true, alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 }, children: [run(a.title, { size: BODY, bold: true })] }),
    centred(a.subtitle, { size: BODY, bold: true }),
    centred(a.attachedTo, { size: BODY, italics: true }, 240),
    new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: ANNEX_COLUMNS, layout: TableLayoutType.FIXED, rows }),
    new Paragraph({ spacing: { before: 240, after: 0 }, children: [run(a.hashLine, { size: pt(10), italics: true })] }),
  ];
}

/** Header of pages 2…: the page number centred (and the draft mark on the right). */
function pageHeader(m: ReportModel, withNumber: boolean): Header {
  const children: ParagraphChild[] = [];
  if (withNumber) children.push(new TextRun({ font: FONT, size: pt(13), children: ['\t', PageNumber.CURRENT] }));
  if (m.status === 'draft') children.push(new TextRun({ font: FONT, size: pt(13), bold: true, text: withNumber ? '\tDỰ THẢO' : '\t\tDỰ THẢO' }));
  return new Header({
    children: [
      new Paragraph({
        tabStops: [
          { type: TabStopType.CENTER, position: Math.round(TEXT_WIDTH / 2) },
          { type: TabStopType.RIGHT, position: TEXT_WIDTH },
        ],
        children,
      }),
    ],
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
    if (b.type === 'heading') body.push(heading(b.text));
    else body.push(...b.paragraphs.map(bodyParagraph));
  }
  body.push(new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }), signatureTable(m), ...annexBlock(m));

  return new Document({
    title: m.documentTitle,
    subject: m.subject,
    creator: 'Tự Kiểm Tra',
    description: `${m.status === 'final' ? `Phiên bản ${m.version}` : `Dự thảo phiên bản ${m.version}`}. Mã dữ liệu (SHA-256): ${m.dataHash}`,
    keywords: `SHA-256:${m.dataHash}`,
    customProperties: [
      { name: 'DataHash', value: m.dataHash },
      { name: 'ReportVersion', value: String(m.version) },
      { name: 'ReportStatus', value: m.status === 'final' ? 'Hoàn thành' : 'Dự thảo' },
    ],
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: { ...MARGIN, gutter: 0 } },
        },
        headers: { first: pageHeader(m, false), default: pageHeader(m, true) },
        children: body,
      },
    ],
  });
}

/** The .docx bytes of a report model. */
export async function reportDocx(m: ReportModel): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(buildReportDocument(m)));
}

export { reportFileName } from './files';
