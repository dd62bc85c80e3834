import { useState } from 'react';
import type { FindingValues } from '../../../../shared/domain/schemas';
import type { WithMeta } from '../../../../shared/domain/views';
import type { InspectionRepo } from '../../db/inspections';
import { useRemoveWithUndo } from './useRemoveWithUndo';
import { FindingForm } from './FindingForm';
import { provenanceText, type MemberNames } from './memberNames';

interface Props {
  repo: InspectionRepo;
  unitId: string;
  sectionId: string;
  kind: FindingValues['kind'];
  findings: WithMeta<FindingValues>[];
  names: MemberNames;
}

const TITLES = { strength: 'Ưu điểm', shortcoming: 'Tồn tại, hạn chế' } as const;

/** Strengths or shortcomings of one unit in one section, each with its author. */
export function FindingList({ repo, unitId, sectionId, kind, findings, names }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const remove = useRemoveWithUndo(repo);
  const title = TITLES[kind];
  return (
    <section className="finding-list" aria-label={title}>
      <h4>{title}</h4>
      {findings.length === 0 && editing !== '' && <p className="muted">Chưa có.</p>}
      <ul>
        {findings.map((f, i) =>
          editing === f.id ? (
            <li key={f.id}>
              <FindingForm repo={repo} unitId={unitId} sectionId={sectionId} kind={kind} recordId={f.id} initial={f.values} onDone={() => setEditing(null)} />
            </li>
          ) : (
            <li key={f.id}>
              <p className="finding-text">{f.values.text}</p>
              {f.values.cause && <p className="finding-cause">Nguyên nhân: {f.values.cause}</p>}
              <p className="muted">
                {provenanceText(f.record, names)}{' '}
                <button type="button" className="small" aria-label={`Sửa ${title.toLowerCase()} ${i + 1}`} onClick={() => setEditing(f.id)}>
                  Sửa
                </button>{' '}
                <button
                  type="button"
                  className="small danger"
                  aria-label={`Xóa ${title.toLowerCase()} ${i + 1}`}
                  onClick={() => void remove('finding', f.id, unitId, `${title.toLowerCase()} ${i + 1}`)}
                >
                  Xóa
                </button>
              </p>
            </li>
          ),
        )}
      </ul>
      {editing === '' ? (
        <FindingForm repo={repo} unitId={unitId} sectionId={sectionId} kind={kind} onDone={() => setEditing(null)} />
      ) : (
        <button type="button" className="small" onClick={() => setEditing('')}>
          Thêm {title.toLowerCase()}
        </button>
      )}
    </section>
  );
}
