import type { MemberProgress } from '../../../../shared/dashboard/members';
import { formatPercent } from '../../../../shared/domain/format';
import { MEMBER_ROLE_LABELS } from '../../../../shared/domain/schemas';

/** Each member's answered items over their own assignment, as a bar. */
export function MemberProgressBars({ members }: { members: MemberProgress[] }) {
  if (members.length === 0) return <p>Chưa có thành viên nào trong đoàn.</p>;
  return (
    <ul className="member-bars">
      {members.map((m) => {
        const percent = m.total ? (m.answered / m.total) * 100 : 0;
        const label = `${m.name}${m.role ? ` (${MEMBER_ROLE_LABELS[m.role]})` : ''}`;
        return (
          <li key={m.memberId}>
            <span className="member-name">{label}</span>
            <span
              className="bar"
              role="progressbar"
              aria-label={`Tiến độ của ${m.name}`}
              aria-valuemin={0}
              aria-valuemax={m.total}
              aria-valuenow={m.answered}
              aria-valuetext={`${m.answered} trên ${m.total} tiêu chí được phân công`}
            >
              <span className="bar-fill" style={{ width: `${percent}%` }} />
            </span>
            <span className="member-figure">
              {m.answered}/{m.total} ({formatPercent(percent)})
            </span>
          </li>
        );
      })}
    </ul>
  );
}
