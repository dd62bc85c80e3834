/**
 * Danh mục tài liệu minh chứng: the evidence entries of each unit that carry
 * attached photos, scans or PDFs, with what kind and how many. The files
 * themselves stay in the app (and travel in the team's packages); the printed
 * report lists them so a reader knows what the team holds.
 */
import { attachmentCountText, attachmentKind, type AttachmentKind } from '../checklist/attachments';
import type { ReportData } from './data';
import { docRefText, upperFirst } from './phrases';
import type { DocumentAnnex } from './types';

export function documentUnits(data: ReportData): DocumentAnnex['units'] {
  const byEvidence = new Map<string, { name: string; kind: AttachmentKind }[]>();
  for (const a of data.attachments ?? []) {
    const kind = attachmentKind(a.type, a.name);
    if (!kind) continue;
    const list = byEvidence.get(a.evidenceId);
    if (list) list.push({ name: a.name, kind });
    else byEvidence.set(a.evidenceId, [{ name: a.name, kind }]);
  }
  const out: DocumentAnnex['units'] = [];
  for (const u of data.units) {
    const rows = data.evidence
      .filter((e) => e.unitId === u.id && byEvidence.has(e.id))
      .map((e) => {
        const files = byEvidence.get(e.id)!;
        return { evidenceId: e.id, evidence: docRefText(e.docType, e.number, e.date), kinds: attachmentCountText(files.map((f) => f.kind)), files: files.map((f) => f.name).join('; ') };
      });
    if (rows.length) out.push({ unitId: u.id, name: upperFirst(u.name || 'Đơn vị'), rows });
  }
  return out;
}
