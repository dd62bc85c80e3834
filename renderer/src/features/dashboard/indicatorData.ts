import type { IndicatorRow, IndicatorValue } from '../../../../shared/dashboard/indicators';

export interface IndicatorPoint {
  /** "2.9." — the checklist number, short enough for the axis. */
  label: string;
  text: string;
  /** Result in percent; null where no unit gave both numbers. */
  percent: number | null;
  target: number;
  met?: boolean;
  value?: IndicatorValue;
}

/** The chart's points for the whole team ('') or one unit. */
export function indicatorPoints(rows: readonly IndicatorRow[], unitId: string): IndicatorPoint[] {
  return rows.map((r) => {
    const value = unitId ? r.byUnit.get(unitId) : r.total;
    return { label: r.number.replace(/\.$/, ''), text: r.text, percent: value?.percent ?? null, target: r.targetPercent, met: value?.met, value };
  });
}
