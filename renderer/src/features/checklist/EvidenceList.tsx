import { useState } from 'react';
import { formatDocRef } from '../../../../shared/domain/format';
import { DOC_TYPE_LABELS, type AttachmentValues, type EvidenceValues } from '../../../../shared/domain/schemas';
import type { WithMeta } from '../../../../shared/domain/views';
import type { InspectionRepo } from '../../db/inspections';
import { useRemoveWithUndo } from './useRemoveWithUndo';
import { EvidenceForm } from './EvidenceForm';
import { EvidenceAttachments } from '../attachments/EvidenceAttachments';
import { provenanceText, type MemberNames } from './memberNames';

interface Props {
  repo: InspectionRepo;
  unitId: string;
  itemId: string;
  evidence: WithMeta<EvidenceValues>[];
  /** Files attached to this item's entries. */
  attachments: WithMeta<AttachmentValues>[];
  names: MemberNames;
}

export function evidenceTitle(v: Partial<EvidenceValues>): string {
  return formatDocRef(DOC_TYPE_LABELS[v.docType ?? 'khac'], v.number ?? '', v.date || undefined);
}

/** The documents seen for one item: add, edit, remove. */
export function EvidenceList({ repo, unitId, itemId, evidence, attachments, names }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const remove = useRemoveWithUndo(repo);
  return (
    <section className="evidence" aria-label="Văn bản, tài liệu minh chứng">
      <h4>Văn bản, tài liệu minh chứng</h4>
      {evidence.length > 0 && (
        <ul>
          {evidence.map((e) =>
            editing === e.id ? (
              <li key={e.id}>
                <EvidenceForm repo={repo} unitId={unitId} itemId={itemId} recordId={e.id} initial={e.values} onDone={() => setEditing(null)} />
              </li>
            ) : (
              <li key={e.id}>
                <span>{evidenceTitle(e.values)}</span>
                {e.values.summary && <span> — {e.values.summary}</span>}
                {e.values.seenAt && <span className="muted"> (xem tại: {e.values.seenAt})</span>}
                <span className="muted"> · {provenanceText(e.record, names)}</span>{' '}
                <button type="button" className="small" aria-label={`Sửa minh chứng ${evidenceTitle(e.values)}`} onClick={() => setEditing(e.id)}>
                  Sửa
                </button>{' '}
                <button
                  type="button"
                  className="small danger"
                  aria-label={`Xóa minh chứng ${evidenceTitle(e.values)}`}
                  onClick={() => void remove('evidence', e.id, unitId, `minh chứng ${evidenceTitle(e.values)}`)}
                >
                  Xóa
                </button>
                <EvidenceAttachments
                  repo={repo}
                  unitId={unitId}
                  itemId={itemId}
                  evidenceId={e.id}
                  title={evidenceTitle(e.values)}
                  attachments={attachments.filter((a) => a.values.evidenceId === e.id)}
                  names={names}
                />
              </li>
            ),
          )}
        </ul>
      )}
      {editing === '' ? (
        <EvidenceForm repo={repo} unitId={unitId} itemId={itemId} onDone={() => setEditing(null)} />
      ) : (
        <button type="button" className="small" onClick={() => setEditing('')}>
          Thêm minh chứng
        </button>
      )}
    </section>
  );
}
