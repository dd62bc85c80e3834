/** Small building blocks shared by the report's DOCX body and its annexes. */
import { stripXmlInvalid } from '../domain/xmlText';
import { AlignmentType, Header, PageNumber, Paragraph, TabStopType, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import type { ReportModel } from './types';

export const PAGE = { width: 11906, height: 16838 } as const;
export const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 850, header: 567, footer: 567 } as const;
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

export const FONT = 'Times New Roman';
export const pt = (n: number) => n * 2; // docx sizes are half-points

export function run(text: string, o: Omit<IRunOptions, 'text'> = {}): TextRun {
  return new TextRun({ text: stripXmlInvalid(text), font: FONT, ...o });
}

export function centred(text: string, o: Omit<IRunOptions, 'text'>, after = 0): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after }, children: [run(text, o)] });
}

/** Header of pages 2…: the page number centred (and the draft mark on the right). */
export function pageHeader(m: ReportModel, withNumber: boolean): Header {
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

