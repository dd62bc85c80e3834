/**
 * The annexes of the DOCX, each a section of its own so its pages are
 * numbered separately from 1 (Nghị định 30, "Số trang của Phụ lục được
 * đánh riêng theo từng Phụ lục"; see annex.ts), the number hidden on the
 * annex's first page as on the document's.
 */
import { AlignmentType, HeadingLevel, Paragraph, Table, TableLayoutType, TableRow, TableCell, VerticalAlignTable, WidthType, type ISectionOptions } from 'docx';
import { MARGIN, PAGE, centred, pageHeader, pt, run } from './docxParts';
import type { ReportModel } from './types';

const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BODY = pt(14);
const INDICATOR_COLUMNS = [650, 3705, 1400, 1150, 1050, 1400];
const UNIT_COLUMNS = [3600, 2100, TEXT_WIDTH - 5700];
const DOCUMENT_COLUMNS = [3600, 1900, TEXT_WIDTH - 5500];

function tableCell(text: string, width: number, o: { bold?: boolean; align?: 'left' | 'center' } = {}): TableCell {
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

function table(columns: number[], head: string[], rows: string[][], leftColumns: number[]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, children: head.map((t, i) => tableCell(t, columns[i], { bold: true })) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((t, i) => tableCell(t, columns[i], { align: leftColumns.includes(i) ? 'left' : 'center' })) })),
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
  if (u?.units.length) {
    const children: (Paragraph | Table)[] = annexTitle(u.title, u.subtitle, u.attachedTo);
    u.units.forEach((unit, n) => {
      // The unit's name stays with its table: keep-with-next, as on every heading.
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, spacing: { before: 240, after: 120 }, children: [run(`${n + 1}. ${unit.name}`)] }));
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
