import type { Edit } from '../../../../shared/domain/edit';
import { formatDateTime } from '../../../../shared/domain/format';
import { timestampMillis } from '../../../../shared/domain/clock';
import { describeValue } from './describe';

/** Every value ever written to a field, with author and time, oldest first. */
export function FieldHistory({ history, memberName }: { history: Edit[]; memberName: (id: string) => string }) {
  return (
    <ol className="field-history" aria-label="Lịch sử thay đổi">
      {history.map((e) => (
        <li key={e.id}>
          <span className="history-value">{describeValue(e.field, e.value)}</span>{' '}
          <span className="muted">
            — {memberName(e.author)}, {formatDateTime(timestampMillis(e.id))}
          </span>
        </li>
      ))}
    </ol>
  );
}
