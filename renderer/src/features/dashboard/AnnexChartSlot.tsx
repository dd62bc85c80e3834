/**
 * The seam between the report and the dashboard: an optional indicator chart
 * under the report's annex table, drawn from the annex's own (frozen) rows.
 * The chart library loads only when the option is ticked.
 */
import { lazy, Suspense, useId, useState } from 'react';
import type { AnnexRow } from '../../../../shared/report/types';

const AnnexIndicatorChart = lazy(() => import('./AnnexIndicatorChart').then((m) => ({ default: m.AnnexIndicatorChart })));

export function AnnexChartSlot({ rows }: { rows: AnnexRow[] }) {
  const [shown, setShown] = useState(false);
  const id = useId();
  return (
    <div className="rp-annex-chart">
      <p className="no-print">
        <input id={id} type="checkbox" checked={shown} onChange={(e) => setShown(e.target.checked)} />{' '}
        <label htmlFor={id} style={{ display: 'inline' }}>
          Kèm biểu đồ chỉ tiêu trong phụ lục (khi in, xuất PDF)
        </label>
      </p>
      {shown && (
        <Suspense fallback={<p className="no-print">Đang vẽ biểu đồ…</p>}>
          <AnnexIndicatorChart rows={rows} />
        </Suspense>
      )}
    </div>
  );
}
