import { useId, useState } from 'react';
import { navigate } from '../../app/router';
import { useInspectionSummaries } from '../../db/summaries';

/** On the new-inspection page: pick a previous inspection to copy its set-up, units, members and assignments. */
export function StartFromPrevious() {
  const list = useInspectionSummaries();
  const [from, setFrom] = useState('');
  const id = useId();
  if (!list?.length) return null;
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Bắt đầu từ cuộc kiểm tra trước</h2>
      <p className="muted">Sao chép cơ quan, nơi nhận, đơn vị, thành viên và phân công; kế hoạch, quyết định và thời gian của kỳ mới để trống để nhập lại.</p>
      <div className="field">
        <label htmlFor={id}>Cuộc kiểm tra trước</label>
        <select id={id} value={from} onChange={(e) => setFrom(e.target.value)}>
          <option value="">— Chọn cuộc kiểm tra —</option>
          {list.map((s) => (
            <option key={s.id} value={s.id}>
              {s.values.title || s.values.plan?.summary || s.values.teamName || 'Cuộc kiểm tra'}
              {s.values.plan?.number ? ` (Kế hoạch số ${s.values.plan.number})` : ''}
            </option>
          ))}
        </select>
      </div>
      <button type="button" disabled={!from} onClick={() => navigate({ page: 'new', fromId: from })}>
        Sao chép thiết lập
      </button>
    </section>
  );
}
