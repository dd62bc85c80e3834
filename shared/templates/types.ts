import type { DocType } from '../domain/schemas';

/** What a checklist item asks the inspector to record. */
export type ItemAsk = 'verdict' | 'ratio' | 'count' | 'date' | 'text';

export interface TemplateItem {
  id: string;
  /** Vietnamese wording of the criterion. */
  text: string;
  asks: ItemAsk[];
  /** Target percentage for a ratio item (met when the ratio is ≥ target). */
  targetPercent?: number;
  /** Label of the numerator and denominator for a ratio item. */
  ratioLabels?: { numerator: string; denominator: string };
  /** Label of the count for a count item. */
  countLabel?: string;
  /** Maximum score on the province's CCHC index scale, when scored. */
  maxScore?: number;
  /** Whether the item belongs in the annex indicator table of the report. */
  indicator?: boolean;
  /**
   * The item asks for one document's số and ngày ("Kế hoạch … (số, ngày)"):
   * its usual type, so the checklist offers one document-reference field that
   * records the evidence entry instead of free text typed twice.
   */
  document?: DocType;
  /** What to look at when checking the item (shown on demand). */
  guidance?: string;
  /** The legal documents the criterion rests on. */
  legalBasis?: readonly string[];
}

export type ReportPart = 'A.I' | 'A.II' | 'A.III';

export interface TemplateSection {
  id: string;
  /** Order in the report ("1." … within its part). */
  number: number;
  title: string;
  /** Short title for navigation. */
  shortTitle: string;
  /** Which part of "A. KẾT QUẢ KIỂM TRA" it is reported under. */
  reportPart: ReportPart;
  items: TemplateItem[];
}

export interface ChecklistTemplate {
  id: string;
  version: number;
  title: string;
  sections: TemplateSection[];
}
