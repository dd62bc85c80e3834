import type { DerivedState } from '../../../../shared/domain/derive';
import type { ChecklistTemplate } from '../../../../shared/templates';
import { describeRecord, describeValue, fieldLabel } from './describe';
import { DELETED_FIELD } from '../../../../shared/domain/edit';

interface Props {
  state: DerivedState;
  template: ChecklistTemplate;
  memberId: string;
  unitName: (id: string) => string | undefined;
}

/** What one member wrote that still stands: the leader's filter by member. */
export function MemberContributions({ state, template, memberId, unitName }: Props) {
  const rows: { key: string; title: string; fields: string }[] = [];
  for (const rec of state.records.values()) {
    if (rec.deleted || !['response', 'finding', 'recommendation', 'evidence'].includes(rec.entity)) continue;
    const mine = Object.entries(rec.fields).filter(([f, s]) => f !== DELETED_FIELD && s.author === memberId);
    if (mine.length === 0) continue;
    rows.push({
      key: `${rec.entity}/${rec.id}`,
      title: describeRecord(template, rec.entity, rec.id, unitName(rec.unitId)),
      fields: mine
        .filter(([f]) => !['itemId', 'sectionId', 'kind'].includes(f))
        .map(([f, s]) => `${fieldLabel(f)}: ${describeValue(f, s.value)}`)
        .join('; '),
    });
  }
  if (rows.length === 0) return <p>Thành viên này chưa có nội dung nào.</p>;
  return (
    <ul className="contributions" aria-label="Nội dung của thành viên">
      {rows.map((r) => (
        <li key={r.key}>
          <strong>{r.title}</strong>
          <br />
          <span>{r.fields}</span>
        </li>
      ))}
    </ul>
  );
}
