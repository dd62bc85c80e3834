import { formatNumber, formatPercent } from '../../../../shared/domain/format';
import type { IndicatorPoint } from '../../../../shared/dashboard/indicators';

/** The chart's figures in words and numbers: what the bars show, readable and printable. */
export function IndicatorTable({ points, label }: { points: IndicatorPoint[]; label: string }) {
  return (
    <table className="data-table compact indicator-table" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">STT</th>
          <th scope="col">Chỉ tiêu, tiêu chí</th>
          <th scope="col">Kết quả</th>
          <th scope="col">Tỷ lệ</th>
          <th scope="col">Chỉ tiêu</th>
          <th scope="col">Đánh giá</th>
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.label}>
            <td>{p.label}</td>
            <th scope="row">{p.text}</th>
            <td>{p.value ? `${formatNumber(p.value.numerator)}/${formatNumber(p.value.denominator)}` : 'Chưa có số liệu'}</td>
            <td>{p.percent === null ? '—' : formatPercent(p.percent)}</td>
            <td>≥ {formatPercent(p.target)}</td>
            <td className={p.met === undefined ? '' : p.met ? 'met' : 'not-met'}>{p.met === undefined ? '—' : p.met ? 'Đạt' : 'Chưa đạt'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
