import type { DerivedState } from '../../../../shared/domain/derive';
import { assignmentOf, authoredCounts, progressOf } from '../../../../shared/domain/progress';
import { MEMBER_ROLE_LABELS, type MemberValues } from '../../../../shared/domain/schemas';
import type { WithMeta } from '../../../../shared/domain/views';
import type { ChecklistTemplate } from '../../../../shared/templates';

interface Props {
  state: DerivedState;
  template: ChecklistTemplate;
  members: WithMeta<MemberValues>[];
  unitIds: string[];
}

/** Each member's progress on their own assignment, and how much they wrote. */
export function MemberProgressTable({ state, template, members, unitIds }: Props) {
  return (
    <table className="data-table" aria-label="Tiến độ theo thành viên">
      <thead>
        <tr>
          <th scope="col">Thành viên</th>
          <th scope="col">Vai trò</th>
          <th scope="col">Phần được phân công đã có kết quả</th>
          <th scope="col">Kết quả đã nhập</th>
          <th scope="col">Ưu điểm, tồn tại</th>
          <th scope="col">Kiến nghị</th>
        </tr>
      </thead>
      <tbody>
        {members.map((m) => {
          const a = assignmentOf(m.values, unitIds);
          const p = progressOf(state, template, a.unitIds, a.sectionIds);
          const c = authoredCounts(state, m.id);
          return (
            <tr key={m.id}>
              <th scope="row">{m.values.name}</th>
              <td>{m.values.role ? MEMBER_ROLE_LABELS[m.values.role] : ''}</td>
              <td>
                {p.answered}/{p.total}
              </td>
              <td>{c.answers}</td>
              <td>{c.findings}</td>
              <td>{c.recommendations}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
