import { useState } from 'react';
import { formatDate } from '../../../../shared/domain/format';
import type { RecommendationValues } from '../../../../shared/domain/schemas';
import type { WithMeta } from '../../../../shared/domain/views';
import type { InspectionRepo } from '../../db/inspections';
import { useRemoveWithUndo } from './useRemoveWithUndo';
import { provenanceText, type MemberNames } from './memberNames';
import { RecommendationForm } from './RecommendationForm';

interface Props {
  repo: InspectionRepo;
  unitId: string;
  unitName: string;
  sectionId: string;
  recommendations: WithMeta<RecommendationValues>[];
  names: MemberNames;
}

/** Recommendations (kiến nghị) of one unit in one section, each with its author. */
export function RecommendationList({ repo, unitId, unitName, sectionId, recommendations, names }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const remove = useRemoveWithUndo(repo);
  return (
    <section className="finding-list" aria-label="Kiến nghị">
      <h4>Kiến nghị</h4>
      {recommendations.length === 0 && editing !== '' && <p className="muted">Chưa có.</p>}
      <ul>
        {recommendations.map((r, i) =>
          editing === r.id ? (
            <li key={r.id}>
              <RecommendationForm repo={repo} unitId={unitId} sectionId={sectionId} defaultToUnit={unitName} recordId={r.id} initial={r.values} onDone={() => setEditing(null)} />
            </li>
          ) : (
            <li key={r.id}>
              <p className="finding-text">
                <strong>{r.values.toUnit}:</strong> {r.values.text}
                {r.values.deadline && <span> (thời hạn: {formatDate(r.values.deadline)})</span>}
              </p>
              <p className="muted">
                {provenanceText(r.record, names)}{' '}
                <button type="button" className="small" aria-label={`Sửa kiến nghị ${i + 1}`} onClick={() => setEditing(r.id)}>
                  Sửa
                </button>{' '}
                <button type="button" className="small danger" aria-label={`Xóa kiến nghị ${i + 1}`} onClick={() => void remove('recommendation', r.id, unitId, `kiến nghị ${i + 1}`)}>
                  Xóa
                </button>
              </p>
            </li>
          ),
        )}
      </ul>
      {editing === '' ? (
        <RecommendationForm repo={repo} unitId={unitId} sectionId={sectionId} defaultToUnit={unitName} onDone={() => setEditing(null)} />
      ) : (
        <button type="button" className="small" onClick={() => setEditing('')}>
          Thêm kiến nghị
        </button>
      )}
    </section>
  );
}
