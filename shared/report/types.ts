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

export interface ReportAnnex {
  title: string;
  subtitle: string;
  /** "(Kèm theo Báo cáo số …)" */
  attachedTo: string;
  rows: AnnexRow[];
  /** Small line with the data hash ("Mã dữ liệu (SHA-256): …"). */
  hashLine: string;
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
  annex: ReportAnnex;
}

export type ReportPartBlock = Extract<ReportBlock, { type: 'part' }>;
