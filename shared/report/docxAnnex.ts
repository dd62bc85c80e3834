/**
 * The annexes of the DOCX, each a section of its own so its pages are
 * numbered separately from 1 (Nghị định 30, "Số trang của Phụ lục được
 * đánh riêng theo từng Phụ lục"; see annex.ts), the number hidden on the
 * annex's first page as on the document's.
 */
import { AlignmentType, HeadingLevel, Paragraph, Table, TableLayoutType, TableRow, TableCell, VerticalAlignTable, WidthType, type ISectionOptions } from 'docx';
import { MARGIN, PAGE, centred, pageHeader, pt, run } from './docxParts';
import { summaryCells } from './annex';
import type { ReportModel } from './types';

const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BODY = pt(14);
// The result column holds "28.272/51.316" on one line.
const INDICATOR_COLUMNS = [650, 3305, 1800, 1150, 1050, 1400];
const UNIT_COLUMNS = [3600, 2100, TEXT_WIDTH - 5700];
/** STT, unit, four verdict counts, indicators missed (twips; the print view uses the same shares). */
const SUMMARY_COLUMNS = [620, 1900, 850, 850, 850, 850, TEXT_WIDTH - 5920];
const SUMMARY_COLUMNS_PLAIN = [620, TEXT_WIDTH - 4620, 1000, 1000, 1000, 1000];
const DOCUMENT_COLUMNS = [3600, 1900, TEXT_WIDTH - 5500];

function tableCell(text: string, width: number, o: { bold?: boolean; align?: 'left' | 'center'; size?: number } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
    verticalAlign: VerticalAlignTable.CENTER,
    children: [
      new Paragraph({
        alignment: o.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
        spacing: { before: 0, after: 0 },
        children: [run(text, { size: pt(o.size ?? 12), bold: o.bold })],
      }),
    ],
  });
}

function table(columns: number[], head: string[], rows: string[][], leftColumns: number[], size = 12): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, children: head.map((t, i) => tableCell(t, columns[i], { bold: true, size })) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((t, i) => tableCell(t, columns[i], { align: leftColumns.includes(i) ? 'left' : 'center', size })) })),
    ],
  });
}

/** "Phụ lục I" (lower case, 14 pt bold), the name in upper case bold, then "(Kèm theo …)" in italics. */
function annexTitle(title: string, subtitle: string, attachedTo: string): Paragraph[] {
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 0, after: 0 }, children: [run(title, { size: BODY, bold: true })] }),
    centred(subtitle, { size: BODY, bold: true }),
    centred(attachedTo, { size: BODY, italics: true }, 240),
  ];
}

function section(m: ReportModel, children: (Paragraph | Table)[]): ISectionOptions {
  return {
    properties: {
      titlePage: true,
      page: { size: { width: PAGE.width, height: PAGE.height }, margin: { ...MARGIN, gutter: 0 }, pageNumbers: { start: 1 } },
    },
    headers: { first: pageHeader(m, false), default: pageHeader(m, true) },
    children,
  };
}

export function annexSections(m: ReportModel): ISectionOptions[] {
  const out: ISectionOptions[] = [];
  const a = m.annex;
  if (a.rows.length) {
    const rows = a.rows.map((r, n) => [String(n + 1), r.indicator, r.fraction || '—', r.percentText || '—', r.targetText || '—', r.verdict || '—']);
    out.push(section(m, [...annexTitle(a.title, a.subtitle, a.attachedTo), table(INDICATOR_COLUMNS, ['STT', 'Chỉ tiêu, tiêu chí', 'Kết quả', 'Tỷ lệ', 'Chỉ tiêu', 'Đánh giá'], rows, [1])]));
  }
  const u = m.unitAnnex;
  if (u?.summary) {
    const sm = u.summary;
    const widths = sm.indicators ? SUMMARY_COLUMNS : SUMMARY_COLUMNS_PLAIN;
    const rows = sm.rows.map((r, n) => summaryCells(sm, r, n));
    out.push(
      section(m, [
        ...annexTitle(u.title, u.subtitle, u.attachedTo),
        // 11 pt, as tables of figures often are, so "Không phát sinh" fits its narrow column.
        table(widths, sm.columns, rows, sm.indicators ? [1, 6] : [1], 11),
        new Paragraph({ spacing: { before: 120, after: 0 }, alignment: AlignmentType.JUSTIFIED, children: [run(sm.note, { size: pt(12), italics: true })] }),
      ]),
    );
  } else if (u?.units.length) {
    const children: (Paragraph | Table)[] = annexTitle(u.title, u.subtitle, u.attachedTo);
    u.units.forEach((unit, n) => {
      // The unit's name stays with its table: keep-with-next, as on every heading.
      // Flush left, as in the print view: a label over its table, not a paragraph of the body.
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, indent: { firstLine: 0 }, spacing: { before: 240, after: 120 }, children: [run(`${n + 1}. ${unit.name}`)] }));
      if (unit.rows.length) children.push(table(UNIT_COLUMNS, ['Nội dung kiểm tra', 'Kết quả', 'Ghi chú, văn bản'], unit.rows.map((r) => [r.item, r.result || '—', r.note]), [0, 2]));
      for (const note of unit.notes) children.push(new Paragraph({ style: 'BodyText', children: [run(note)] }));
    });
    out.push(section(m, children));
  }
  const d = m.documentAnnex;
  if (d?.units.length) {
    const children: (Paragraph | Table)[] = annexTitle(d.title, d.subtitle, d.attachedTo);
    d.units.forEach((unit, n) => {
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, spacing: { before: 240, after: 120 }, children: [run(`${n + 1}. ${unit.name}`)] }));
      children.push(table(DOCUMENT_COLUMNS, ['Văn bản, tài liệu', 'Loại, số lượng', 'Tên tệp'], unit.rows.map((r) => [r.evidence, r.kinds, r.files]), [0, 2]));
    });
    out.push(section(m, children));
  }
  return out;
}
