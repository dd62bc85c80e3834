/** Inspection-wide figures summed over the units, for totals, B.2 and the annex. */
import { computeRatio, type RatioResult } from '../domain/ratio';
import type { Verdict } from '../domain/schemas';
import type { ChecklistTemplate, TemplateItem } from '../templates/types';
import type { ReportData } from './data';

export interface AggregateRatio {
  numerator: number;
  denominator: number;
  /** How many units gave both numbers. */
  units: number;
  result: RatioResult;
}

/** Sum of numerators over sum of denominators across the units that gave both numbers. */
export function aggregateRatio(item: TemplateItem, data: ReportData): AggregateRatio | undefined {
  let numerator = 0;
  let denominator = 0;
  let units = 0;
  for (const u of data.units) {
    const v = data.responses.get(`${u.id}~${item.id}`)?.values;
    if (typeof v?.numerator === 'number' && typeof v?.denominator === 'number') {
      numerator += v.numerator;
      denominator += v.denominator;
      units++;
    }
  }
  if (units === 0) return undefined;
  return { numerator, denominator, units, result: computeRatio(numerator, denominator, item.targetPercent) };
}

/** Items reported in the annex: flagged indicators and every ratio item that carries a target. */
export function annexItems(template: ChecklistTemplate): TemplateItem[] {
  return template.sections.flatMap((s) => s.items.filter((i) => i.indicator || (i.asks.includes('ratio') && i.targetPercent !== undefined)));
}

export type VerdictTally = Record<Verdict, number>;

export function tallyVerdicts(data: ReportData, itemIds?: ReadonlySet<string>): VerdictTally {
  const t: VerdictTally = { dat: 0, 'dat-mot-phan': 0, 'khong-dat': 0, 'khong-phat-sinh': 0 };
  for (const r of data.responses.values()) {
    if (itemIds && !itemIds.has(r.itemId)) continue;
    const v = r.values.verdict;
    if (v && v in t) t[v]++;
  }
  return t;
}
