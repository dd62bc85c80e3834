/**
 * The report model: a plain, JSON-serialisable description of the findings
 * report (seed 000), built by a pure function and rendered twice — as DOCX
 * and as the React print view. Plain text only: no HTML anywhere, so what a
 * person typed is always shown literally.
 */

/** A body paragraph. Lines starting "- " or "+ " in a part's text are list paragraphs, as in the seeds. */
export interface ReportParagraph {
  kind: 'text' | 'list';
  text: string;
}

export interface ReportHeader {
  /** Cơ quan chủ quản, upper case ("SỞ KHOA HỌC VÀ CÔNG NGHỆ"). */
  governingBody: string;
  /** Cơ quan ban hành báo cáo, upper case ("ĐOÀN KIỂM TRA"). */
  issuingBody: string;
  /** "Số: 12/BC-ĐKT", or "Số:      /BC-ĐKT" left blank for the clerk. */
  numberLine: string;
  /** "Đồng Nai, ngày 14 tháng 10 năm 2025", or with blanks for the clerk. */
  placeDate: string;
}

/** Heading levels per Nghị định 30: 1 = "A." UPPER bold, 2 = "I." UPPER bold, 3 = "1." bold. */
export type HeadingLevel = 1 | 2 | 3;

export type ReportBlock =
  | { type: 'heading'; level: HeadingLevel; text: string }
  | {
      type: 'part';
      /** Stable id, also the recordId of the part's 'reportPart' edit record. */
      id: string;
      /** What the editor calls this part ("1. Cải cách thể chế"). */
      label: string;
      /** The drafted text (what "Tạo lại bản nháp" would put back). */
      draftText: string;
      /** Whether the shown text is the leader's edited text rather than the draft. */
      edited: boolean;
      /** The text the report shows, split into paragraphs. */
      paragraphs: ReportParagraph[];
    };

export interface ReportSignature {
  /** "TM. ĐOÀN KIỂM TRA" */
  authority: string;
  /** "TRƯỞNG ĐOÀN" */
  title: string;
  /** The team leader's name ('' when no member is Trưởng đoàn). */
  name: string;
}

export interface AnnexRow {
  itemId: string;
  indicator: string;
  /** "13/21", '' when not entered. */
  fraction: string;
  /** "61,90%", '' when not computable. */
  percentText: string;
  /** "80%", '' when the item has no target. */
  targetText: string;
  /** 'Đạt' | 'Không đạt' | '' (no target or no data). */
  verdict: string;
}

/** Phụ lục I: the indicators that have data. */
export interface ReportAnnex {
  /** "Phụ lục I", or "Phụ lục" when it is the only annex (Nghị định 30: lower case, bold). */
  title: string;
  subtitle: string;
  /** "(Kèm theo Báo cáo số …)" */
  attachedTo: string;
  /** Only indicators with data; the annex is left out when there are none. */
  rows: AnnexRow[];
}

export interface AnnexUnitRow {
  itemId: string;
  item: string;
  /** "Đạt; 612/612, 100%" */
  result: string;
  /** What the inspector wrote and the documents seen. */
  note: string;
}

export interface AnnexUnit {
  unitId: string;
  name: string;
  rows: AnnexUnitRow[];
  /** The unit's findings and recommendations, as sentences. */
  notes: string[];
}

/** One unit's line of the results table (inspections of many units). */
export interface UnitSummaryRow {
  unitId: string;
  name: string;
  /** Criteria by verdict, with the leading zero of official prose ("07"); '' for none. */
  dat: string;
  datMotPhan: string;
  khongDat: string;
  khongPhatSinh: string;
  /** Indicators below their target, by number in Phụ lục I with the unit's rate: "2 (61,90%); 5 (40%)". */
  indicatorsMissed: string;
}

/**
 * Phụ lục II on an inspection of many units: one table, a line per unit,
 * with how many criteria it met, partly met, did not meet or had nothing
 * to inspect, and its own rate on each indicator of Phụ lục I it missed —
 * the figures a reader compares across units. The inspectors' comments stay in the
 * inspection record (the checklist), not on paper.
 */
export interface UnitSummary {
  /** Whether the indicator column is shown (Phụ lục I exists). */
  indicators: boolean;
  /** Column headings, in order ("STT", "Phòng, đơn vị", "Đạt", …). */
  columns: string[];
  rows: UnitSummaryRow[];
  /** "Ghi chú: …" under the table, saying what the columns count. */
  note: string;
}

/** Phụ lục II: the results by unit, the detail the body's narrative leaves out. */
export interface UnitAnnex {
  title: string;
  subtitle: string;
  attachedTo: string;
  /** Per-unit detail (each answer, the documents, findings, recommendations): inspections of a few units. */
  units: AnnexUnit[];
  /** The results table instead of the detail: inspections of many units. */
  summary?: UnitSummary;
}

export interface DocumentAnnexRow {
  evidenceId: string;
  /** "Báo cáo số 45/BC-VP ngày 30/9/2025" */
  evidence: string;
  /** "02 ảnh, 01 tệp PDF" */
  kinds: string;
  /** The attached files' names. */
  files: string;
}

/** Danh mục tài liệu minh chứng: per unit, the evidence entries that carry photos, scans or PDFs. */
export interface DocumentAnnex {
  title: string;
  subtitle: string;
  attachedTo: string;
  units: { unitId: string; name: string; rows: DocumentAnnexRow[] }[];
}

export interface ReportModel {
  /** Model format version, so a frozen model can be read back later. */
  format: 1;
  inspectionId: string;
  status: 'draft' | 'final';
  /** Version number: the frozen one, or the number the next finalisation will take. */
  version: number;
  /** SHA-256 (hex) of the data the report was made from. */
  dataHash: string;
  /** ISO time of finalisation, '' for a draft. */
  finalisedAt: string;
  /** Document title property ("Báo cáo kết quả kiểm tra …"). */
  documentTitle: string;
  header: ReportHeader;
  title: string;
  /** Trích yếu. */
  subject: string;
  /** "Kính gửi: Giám đốc Sở Khoa học và Công nghệ." */
  addressee: string;
  body: ReportBlock[];
  signature: ReportSignature;
  recipientsTitle: string;
  /** "- Như trên;" … last "- Lưu: VT, ĐKT." */
  recipients: string[];
  /** Phụ lục I (indicators); rows empty when no indicator has data, and then it is not printed. */
  annex: ReportAnnex;
  /**
   * Phụ lục II (results by unit). Optional: versions frozen before it existed
   * lack it. Further annex blocks (a chart of the indicators) can sit beside
   * these two as more optional fields.
   */
  unitAnnex?: UnitAnnex;
  /** Danh mục tài liệu minh chứng, when any evidence entry has attached files. */
  documentAnnex?: DocumentAnnex;
  /** Problems the leader chose to finalise with (pre-finalise check), recorded with the version. */
  acceptedProblems?: string[];
}

export type ReportPartBlock = Extract<ReportBlock, { type: 'part' }>;
