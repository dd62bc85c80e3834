/**
 * Documents woven into the prose: each is cited in full (số, ngày, trích
 * yếu) the first time and by its number alone afterwards, and never twice in
 * one sentence. One Citations object lives for one build of the report.
 */
import { DOC_TYPE_LABELS } from '../domain/schemas';
import type { ReportData } from './data';
import { docRefText, joinNames, stripPeriod } from './phrases';

type EvidenceFact = ReportData['evidence'][number];

function keyOf(e: EvidenceFact): string {
  const n = e.number?.trim().toLocaleLowerCase('vi');
  return n ? `${e.docType ?? 'khac'}~${n}` : `id~${e.id}`;
}

/** "Kế hoạch số 105/KH-SKHCN ngày 15/01/2025" and "… về công tác …" with the trích yếu. */
function fullRef(e: EvidenceFact, withSummary: boolean): string {
  const ref = docRefText(e.docType, e.number, e.date);
  const summary = withSummary && e.summary?.trim() ? ` ${stripPeriod(e.summary.replace(/\s*\n\s*/g, ' '))}` : '';
  return `${ref}${summary}`;
}

function shortRef(e: EvidenceFact): string {
  const kind = DOC_TYPE_LABELS[e.docType ?? 'khac'] ?? 'Văn bản';
  return e.number?.trim() ? `${kind} số ${e.number.trim()}` : fullRef(e, false);
}

export class Citations {
  private readonly cited = new Set<string>();

  /** The distinct documents of a list (the same số seen by two units is one document). */
  distinct(list: readonly EvidenceFact[]): EvidenceFact[] {
    const seen = new Set<string>();
    return list.filter((e) => {
      const k = keyOf(e);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  }

  /** {docs} and {docRefs} for these documents, without marking them cited yet. */
  texts(list: readonly EvidenceFact[]): { docs: string; docRefs: string } {
    const docs = list.map((e) => (this.cited.has(keyOf(e)) ? shortRef(e) : fullRef(e, true)));
    const refs = list.map((e) => (this.cited.has(keyOf(e)) ? shortRef(e) : fullRef(e, false)));
    return { docs: joinDocs(docs), docRefs: joinDocs(refs) };
  }

  markCited(list: readonly EvidenceFact[]): void {
    for (const e of list) this.cited.add(keyOf(e));
  }
}

/** References with their trích yếu contain commas; they are separated by semicolons. */
function joinDocs(refs: string[]): string {
  if (refs.length <= 1) return refs.join('');
  return refs.some((r) => r.includes(',')) ? refs.join('; ') : joinNames(refs);
}
