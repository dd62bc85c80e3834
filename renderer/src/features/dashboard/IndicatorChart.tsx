/**
 * Indicators against their targets as a bar chart (recharts: SVG, so it
 * prints sharp and needs no network). Bars are the results, green when the
 * target is met and red when not; the dark dash on each is the target.
 * Standalone (rows in, SVG out) so the report's annex can place it too.
 */
import { Bar, CartesianGrid, Cell, ComposedChart, LabelList, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import { formatPercent } from '../../../../shared/domain/format';
import type { IndicatorPoint } from '../../../../shared/dashboard/indicators';

const MET = '#1a7f37';
const NOT_MET = '#b42318';
const CHART_WIDTH = 1200;
const CHART_HEIGHT = 300;

/** The target as a dash across its bar; `half` keeps neighbouring dashes apart on a narrow chart. */
function TargetMark(props: { cx?: number; cy?: number; half?: number }) {
  const { cx, cy, half = 16 } = props;
  if (cx === undefined || cy === undefined) return null;
  return <line x1={cx - half} x2={cx + half} y1={cy} y2={cy} stroke="#1b1f24" strokeWidth={3} />;
}

function TooltipBody({ active, payload }: { active?: boolean; payload?: { payload: IndicatorPoint }[] }) {
  const p = payload?.[0]?.payload;
  if (!active || !p) return null;
  return (
    <div className="chart-tooltip">
      <strong>{p.label}.</strong> {p.text}
      <br />
      Kết quả: {p.percent === null ? 'chưa có số liệu' : formatPercent(p.percent)} · Chỉ tiêu: ≥ {formatPercent(p.target)}
    </div>
  );
}

interface Props {
  points: IndicatorPoint[];
  title: string;
  /** Drawing size before scaling: narrower draws larger text for the same page width (the annex uses 640). */
  width?: number;
  height?: number;
}

export function IndicatorChart({ points, title, width = CHART_WIDTH, height = CHART_HEIGHT }: Props) {
  return (
    <figure className="indicator-chart" aria-label={title}>
      {/*
        A fixed drawing size scaled by CSS through the SVG's viewBox: the
        chart fills the card on screen and the page in print, where a
        measured (responsive) chart keeps its screen width and is cut off.
      */}
      <ComposedChart width={width} height={height} data={points} margin={{ top: 24, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" interval={0} tick={{ fontSize: 12 }} />
        <YAxis domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} tickFormatter={(v: number) => `${v}%`} width={48} />
        <Tooltip content={<TooltipBody />} />
        <Bar dataKey="percent" name="Kết quả" isAnimationActive={false} maxBarSize={40}>
          {points.map((p) => (
            <Cell key={p.label} fill={p.met ? MET : NOT_MET} />
          ))}
          <LabelList dataKey="percent" position="top" fontSize={12} formatter={(v: unknown) => (typeof v === 'number' ? formatPercent(v) : '')} />
        </Bar>
        <Scatter dataKey="target" name="Chỉ tiêu" isAnimationActive={false} shape={<TargetMark half={Math.min(16, (width - 80) / Math.max(1, points.length) / 3)} />} />
      </ComposedChart>
      <figcaption className="chart-legend">
        <span>
          <span className="swatch" style={{ background: MET }} aria-hidden="true" /> Đạt chỉ tiêu
        </span>
        <span>
          <span className="swatch" style={{ background: NOT_MET }} aria-hidden="true" /> Chưa đạt chỉ tiêu
        </span>
        <span>
          <span className="swatch target" aria-hidden="true" /> Chỉ tiêu
        </span>
      </figcaption>
    </figure>
  );
}
