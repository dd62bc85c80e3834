import { formatNumber, formatPercent } from './format';

export interface RatioResult {
  /** Percentage, unrounded; undefined when the denominator is 0 or a part is missing. */
  percent?: number;
  /** "13/21" in Vietnamese number format. */
  fraction: string;
  /** "61,90%" */
  percentText: string;
  /** undefined when there is no target or no percentage. */
  met?: boolean;
}

export function computeRatio(numerator: number | null | undefined, denominator: number | null | undefined, targetPercent?: number): RatioResult {
  const hasBoth = typeof numerator === 'number' && typeof denominator === 'number';
  const fraction = hasBoth ? `${formatNumber(numerator)}/${formatNumber(denominator)}` : '';
  if (!hasBoth || denominator === 0) return { fraction, percentText: '' };
  const percent = (numerator / denominator) * 100;
  // Compare exactly, not the rounded text: 79,999% is below an 80% target.
  const met = targetPercent === undefined ? undefined : percent + 1e-9 >= targetPercent;
  return { percent, fraction, percentText: formatPercent(percent), met };
}

/** "đạt chỉ tiêu" / "chưa đạt chỉ tiêu (80%)" */
export function targetVerdictText(r: RatioResult, targetPercent?: number): string {
  if (targetPercent === undefined || r.met === undefined) return '';
  return r.met ? `đạt chỉ tiêu (≥ ${formatPercent(targetPercent)})` : `chưa đạt chỉ tiêu (≥ ${formatPercent(targetPercent)})`;
}
