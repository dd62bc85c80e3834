import { annexIndicatorPoints } from '../../../../shared/dashboard/annexPoints';
import type { AnnexRow } from '../../../../shared/report/types';
import { IndicatorChart } from './IndicatorChart';
import './dashboard.css';

/** The annex's indicators as a chart, numbered as the annex table (STT). */
export function AnnexIndicatorChart({ rows }: { rows: AnnexRow[] }) {
  const points = annexIndicatorPoints(rows);
  if (points.length === 0) return null;
  return <IndicatorChart points={points} title="Biểu đồ kết quả thực hiện các chỉ tiêu so với kế hoạch" width={640} height={280} />;
}
