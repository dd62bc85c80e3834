import { useState } from 'react';
import type { Disagreement } from '../../../../shared/domain/derive';
import type { Json } from '../../../../shared/domain/edit';
import { useFieldHistory } from '../../db/hooks';
import { checkEditValue } from '../../../../shared/domain/schemas';
import { formatDateTime, parseVnDate } from '../../../../shared/domain/format';
import { timestampMillis } from '../../../../shared/domain/clock';
import { describeValue, fieldLabel } from './describe';
import { FieldHistory } from './FieldHistory';

interface Props {
  disagreement: Disagreement;
  title: string;
  inspectionId: string;
  memberName: (id: string) => string;
  onResolve: (value: Json) => Promise<void>;
}

const NUMERIC = new Set(['numerator', 'denominator', 'count', 'order']);
const DATES = new Set(['date', 'deadline']);

/** Turn what the leader typed into the field's value type; undefined when it cannot be. */
function parseTyped(field: string, raw: string): Json | undefined {
  const t = raw.trim();
  if (NUMERIC.has(field)) return /^-?\d+$/.test(t.replace(/\./g, '')) ? Number(t.replace(/\./g, '')) : undefined;
  if (DATES.has(field)) return parseVnDate(t);
  return raw;
}

/** One real disagreement: both values with who and when, pick one or write a new one. */
export function DisagreementCard({ disagreement: d, title, inspectionId, memberName, onResolve }: Props) {
  const [custom, setCustom] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [showHistory, setShowHistory] = useState(false);
  // One field's edits, by index, only once the history is opened.
  const history = useFieldHistory(inspectionId, d.entity, d.recordId, d.field, showHistory);
  const label = fieldLabel(d.field);
  const headingId = `dis-${d.entity}-${d.recordId}-${d.field}`.replace(/[^a-zA-Z0-9_-]/g, '_');
  const customEditable = d.field !== 'verdict' && d.field !== 'role';

  async function saveCustom() {
    const value = parseTyped(d.field, custom);
    const problem = value === undefined ? `Giá trị "${custom}" không hợp lệ cho trường ${label}.` : checkEditValue(d.entity, d.field, value);
    if (problem) {
      setError(problem);
      return;
    }
    setError(null);
    await onResolve(value as Json);
  }

  return (
    <section className="card disagreement" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {title} · {label}
      </h4>
      <ul className="disagreement-values">
        {d.heads.map((h) => (
          <li key={h.id}>
            <strong>{describeValue(d.field, h.value)}</strong>{' '}
            <span className="muted">
              — {memberName(h.author)}, {formatDateTime(timestampMillis(h.id))}
            </span>{' '}
            <button type="button" onClick={() => onResolve(h.value)} aria-label={`Chọn "${describeValue(d.field, h.value)}" của ${memberName(h.author)}`}>
              Chọn giá trị này
            </button>
          </li>
        ))}
      </ul>
      {customEditable && (
        <div className="disagreement-custom">
          <label>
            <span>Hoặc nhập giá trị khác cho {label}</span>
            {d.field === 'text' || d.field === 'comment' || d.field === 'cause' ? (
              <textarea value={custom} onChange={(e) => setCustom(e.target.value)} />
            ) : (
              <input value={custom} onChange={(e) => setCustom(e.target.value)} />
            )}
          </label>
          <button type="button" onClick={saveCustom} disabled={!custom.trim()}>
            Lưu giá trị mới
          </button>
          {error && (
            <p className="error-text" role="alert">
              {error}
            </p>
          )}
        </div>
      )}
      <button type="button" className="link" aria-expanded={showHistory} onClick={() => setShowHistory((v) => !v)}>
        {showHistory ? 'Ẩn lịch sử' : 'Xem lịch sử'}
      </button>
      {showHistory && history && <FieldHistory history={history} memberName={memberName} />}
    </section>
  );
}
