/**
 * Phrase templates: how the report words a checklist item's result, kept as
 * data beside the checklist so a department can reword its report without
 * touching code. The drafting engine (shared/report/voice.ts) fills the
 * placeholders and takes, for each outcome, the first template whose
 * placeholders all have a value; so list the richest wording first and a
 * plain one last.
 *
 * Placeholders:
 *   {units}   the unit or units, grouped ("các phòng: Chuyển đổi số; Đổi mới sáng tạo")
 *   {docs}    documents seen, each with số, ngày and trích yếu (cited in full once)
 *   {docRefs} the same documents with số and ngày only
 *   {num} {den} the ratio's parts, summed over the units ("1.114", "1.114")
 *   {result}  the ratio's meaning: "đạt 100%", "đạt tỷ lệ 12,44% (vượt 2,44% so
 *             với chỉ tiêu … là 10%)", "đạt 61,90%, chưa đạt chỉ tiêu 80%"
 *   {n}       a count above zero with its leading zero ("05")
 *   {note}    what the inspector wrote (text or comment)
 *   {period}  the inspected period ("Trong 9 tháng năm 2025")
 *   {annex}   (section intros) the annex of indicators ("Phụ lục I")
 *   {min} {max} (spread) the lowest and highest unit percentages ("19,62%")
 */

/** The outcome a template words: the verdict, or for a ratio without a verdict whether it meets the target. */
export type PhraseOutcome = 'dat' | 'dat-mot-phan' | 'khong-dat' | 'khong-phat-sinh';

export interface PhraseTemplate {
  text: string;
  /** Only when the count is zero ("không có trường hợp vi phạm"). */
  whenZero?: boolean;
}

export interface ItemPhrases {
  /** The topic as a noun phrase, for closings and shortcomings ("việc xây dựng đề án vị trí việc làm"). */
  topic: string;
  /** Who set the target, for "so với chỉ tiêu {targetBy} là 10%" ("UBND tỉnh đề ra"). */
  targetBy?: string;
  outcomes: Partial<Record<PhraseOutcome, PhraseTemplate[]>>;
}

export interface SectionPhrases {
  /** The area as a noun phrase ("công tác cải cách thể chế"). */
  area: string;
  /** Opening frame before the items (A.II, A.III), per overall result. */
  intro?: { good: string; mixed: string };
  /** The closing judgement; {topics} names the topics that fell short. */
  closing: { good: string; mixed: string };
}

export interface TemplatePhrases {
  templateId: string;
  templateVersion: number;
  sections: Record<string, SectionPhrases>;
  items: Record<string, ItemPhrases>;
  /** Used for an item with no template of its own, per outcome (placeholders may also use {topic}). */
  fallback: Record<PhraseOutcome, PhraseTemplate[]>;
  /** The previous inspection's recommendations (A.IV); the CCHC wording when a template has none. */
  followUp?: FollowUpPhrases;
  /**
   * Inspections of many units, where one sentence per outcome would fill
   * pages: the leading outcome keeps its sentence, the others become short
   * clauses ({units}, {topic}) joined into one sentence, and a ratio summed
   * over the units adds how far the units' own rates spread.
   */
  manyUnits?: {
    others: Record<PhraseOutcome, string>;
    /** "tỷ lệ tại từng phòng, đơn vị từ {min} đến {max}" */
    spread: string;
  };
}

/**
 * The section on the previous inspection's recommendations (A.IV). Placeholders:
 *   {source} the document they were made in ("Báo cáo số 12/BC-ĐKT ngày 14/10/2025")
 *   {n} {done} {doing} {notDone} {remaining} counts with their leading zero ("03")
 *   {units}  the units they were addressed to, grouped as elsewhere in the report
 *   {unit}   one unit, at the start of its line ("Văn phòng Sở")
 *   {text}   the recommendation, lower-cased first letter, no final period
 *   {evidence} what shows it, in brackets (" (Quyết định số … ngày …)"), or ''
 *   {note}   the inspector's note ("; dự kiến hoàn thành trong quý IV/2026"), or ''
 */
export interface FollowUpPhrases {
  /** The section's name; its heading is this in upper case, as the A parts are. */
  label: string;
  /** The opening: how many recommendations, to whom, from where. First with {source}, second without. */
  opening: { withSource: string; plain: string };
  /** The tally after "Qua kiểm tra, đến nay"; each clause is left out when its count is zero. */
  tally: { lead: string; done: string; doing: string; notDone: string; unknown: string; allDone: string };
  /** One clause per recommendation, on its unit's line, by status. */
  item: { done: string; doing: string; notDone: string; unknown: string };
  /** The closing: what remains, or that nothing does. */
  closing: { remaining: string; allDone: string };
}
