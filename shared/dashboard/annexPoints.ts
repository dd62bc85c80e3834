/**
 * The report annex's indicator rows as chart points. The annex of a
 * finalised version is frozen as text ("1.154/1.166", "80%"), so the chart of
 * a version is read back from that text, never from today's data.
 */
import { computeRatio } from '../domain/ratio';
import type { AnnexRow } from '../report/types';
import type { IndicatorPoint } from './indicators';

/** "1.154" → 1154, "12,5" → 12.5 (Vietnamese separators); undefined when not a number. */
export function parseVnNumber(text: string): number | undefined {
  const t = text.trim().replace(/%$/, '').trim();
  if (!/^\d{1,3}(\.\d{3})*(,\d+)?$|^\d+(,\d+)?$/.test(t)) return undefined;
  return Number(t.replace(/\./g, '').replace(',', '.'));
}

/** Rows with a target become points, labelled with the annex's STT. */
export function annexIndicatorPoints(rows: readonly AnnexRow[]): IndicatorPoint[] {
  const out: IndicatorPoint[] = [];
  rows.forEach((row, i) => {
    const target = parseVnNumber(row.targetText);
    if (target === undefined) return;
    const [a, b] = row.fraction.split('/');
    const numerator = a === undefined ? undefined : parseVnNumber(a);
    const denominator = b === undefined ? undefined : parseVnNumber(b);
    const r = numerator !== undefined && denominator !== undefined ? computeRatio(numerator, denominator, target) : undefined;
    out.push({
      label: String(i + 1),
      text: row.indicator,
      percent: r?.percent ?? null,
      target,
      met: r?.met,
      value: r && numerator !== undefined && denominator !== undefined ? { numerator, denominator, percent: r.percent, met: r.met } : undefined,
    });
  });
  return out;
}
