/**
 * An answer with a disagreement still open: the values that stand side by
 * side, and the way to settle them. Without it the card would show one of
 * them as if it were settled.
 */
import type { RecordState } from '../../../../shared/domain/derive';
import { describeProblemValue } from '../../../../shared/report';
import { routeToHash } from '../../app/router';
import { fieldLabel } from '../team/describe';


export function DisagreementMark({ record, inspectionId }: { record: RecordState | undefined; inspectionId: string }) {
  if (!record) return null;
  const open = Object.entries(record.fields).filter(([, f]) => f.conflict);
  if (open.length === 0) return null;
  return (
    <div className="disagreement-mark" role="note" aria-label="Ý kiến chưa thống nhất">
      <strong>Chưa thống nhất:</strong>{' '}
      {open.map(([field, f], i) => (
        <span key={field}>
          {i > 0 && '; '}
          {fieldLabel(field)}: {[...new Set(f.heads.map((h) => describeProblemValue(field, h.value)))].join(' hoặc ')}
        </span>
      ))}
      . <a href={routeToHash({ page: 'team', inspectionId })}>Thống nhất tại “Tổng hợp đoàn”</a>
    </div>
  );
}
