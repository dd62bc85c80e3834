import { useMemo } from 'react';
import type { DerivedState } from '../../../../shared/domain/derive';
import { followUpsOf } from '../../../../shared/followup/views';
import type { InspectionRepo } from '../../db/inspections';
import { FollowUpForm } from './FollowUpForm';
import './followup.css';

/**
 * On a unit's checklist: the previous inspection's recommendations to this
 * unit, each with its follow-up form. Nothing shows when none were carried.
 */
export function FollowUpPanel({ repo, state, unitId, unitName }: { repo: InspectionRepo; state: DerivedState; unitId: string; unitName: string }) {
  const items = useMemo(() => followUpsOf(state, unitId), [state, unitId]);
  if (items.length === 0) return null;
  return (
    <section className="follow-up-panel" aria-labelledby="follow-up-h">
      <h2 id="follow-up-h">Kiến nghị kỳ trước ({items.length})</h2>
      <p className="muted">Kiến nghị của Đoàn kiểm tra kỳ trước đối với {unitName}: ghi kết quả thực hiện, minh chứng và ghi chú.</p>
      {items.map((item, i) => (
        <FollowUpForm key={`${item.id}:${item.values.status ?? ''}:${item.values.evidence ?? ''}:${item.values.note ?? ''}`} repo={repo} item={item} n={i + 1} />
      ))}
    </section>
  );
}
