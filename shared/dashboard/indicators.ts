/**
 * Indicators against their targets, per unit and for the whole inspection:
 * every ratio item that carries a target (the annex's indicators). The total
 * is the sum of numerators over the sum of denominators of the units that
 * gave both numbers, as the report's annex computes it.
 */
import type { DerivedState } from '../domain/derive';
import { computeRatio } from '../domain/ratio';
import { responseOf } from '../domain/views';
import type { ChecklistTemplate, TemplateItem } from '../templates/types';

export interface IndicatorValue {
  numerator: number;
  denominator: number;
  /** undefined when the denominator is 0. */
  percent?: number;
  met?: boolean;
}

export interface IndicatorRow {
  itemId: string;
  /** "2.9." as numbered in the checklist. */
  number: string;
  text: string;
  targetPercent: number;
  /** Per unit id; a unit without both numbers is absent. */
  byUnit: Map<string, IndicatorValue>;
  total?: IndicatorValue;
}

/** Ratio items with a target, with their checklist numbers. */
export function indicatorItems(template: ChecklistTemplate): { item: TemplateItem & { targetPercent: number }; number: string }[] {
  const out: { item: TemplateItem & { targetPercent: number }; number: string }[] = [];
  for (const s of template.sections)
    s.items.forEach((item, i) => {
      if (item.asks.includes('ratio') && item.targetPercent !== undefined)
        out.push({ item: item as TemplateItem & { targetPercent: number }, number: `${s.number}.${i + 1}.` });
    });
  return out;
}

function valueOf(numerator: number, denominator: number, target: number): IndicatorValue {
  const r = computeRatio(numerator, denominator, target);
  return { numerator, denominator, percent: r.percent, met: r.met };
}

export function indicatorRows(state: DerivedState, template: ChecklistTemplate, unitIds: readonly string[]): IndicatorRow[] {
  return indicatorItems(template).map(({ item, number }) => {
    const byUnit = new Map<string, IndicatorValue>();
    let num = 0;
    let den = 0;
    for (const u of unitIds) {
      const v = responseOf(state, u, item.id)?.values;
      if (typeof v?.numerator !== 'number' || typeof v?.denominator !== 'number') continue;
      byUnit.set(u, valueOf(v.numerator, v.denominator, item.targetPercent));
      num += v.numerator;
      den += v.denominator;
    }
    return {
      itemId: item.id,
      number,
      text: item.text,
      targetPercent: item.targetPercent,
      byUnit,
      total: byUnit.size > 0 ? valueOf(num, den, item.targetPercent) : undefined,
    };
  });
}

/** One bar of the indicator chart. */
export interface IndicatorPoint {
  /** The number on the axis: "2.9" in the dashboard, the annex's STT in the report. */
  label: string;
  text: string;
  /** Result in percent; null where there is no figure. */
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
