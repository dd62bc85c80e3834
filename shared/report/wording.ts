/**
 * The meaning of numbers, units and periods in the report's voice (seed 000):
 * "đạt tỷ lệ 12,44% (vượt 2,44% so với chỉ tiêu UBND tỉnh đề ra là 10%)",
 * "đạt 61,90%, chưa đạt chỉ tiêu 80%", "các phòng: Chuyển đổi số; Đổi mới
 * sáng tạo", "Trong 9 tháng năm 2025".
 */
import { formatNumber, formatPercent, isoParts } from '../domain/format';
import { countText, joinNames, reportDate } from './phrases';

/** Above this many units a sentence gives a range ("12/30 phòng, đơn vị") instead of their names. */
export const UNIT_LIST_MAX = 5;

/** "1.114" for the ratio's parts; below ten with the leading zero of official prose ("08/08"). */
export function ratioNumber(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < 10 ? countText(n) : formatNumber(n);
}

/**
 * What a percentage means against its target. The difference is taken from
 * the rounded figures the sentence shows, so "12,44%" and "10%" give "2,44%".
 */
export function resultPhrase(percent: number, target: number | undefined, targetBy: string | undefined): string {
  const shown = Math.round(percent * 100) / 100;
  const pct = formatPercent(percent);
  if (target === undefined) return `đạt ${pct}`;
  const t = formatPercent(target);
  // Compared exactly, not on the rounded text: 79,999% is below 80%.
  if (percent + 1e-9 < target) return `đạt ${pct}, chưa đạt chỉ tiêu ${t}`;
  if (shown > target) return `đạt tỷ lệ ${pct} (vượt ${formatPercent(shown - target)} so với chỉ tiêu ${targetBy ? `${targetBy} ` : 'đề ra '}là ${t})`;
  return target === 100 ? `đạt ${pct}` : `đạt ${pct}, bằng chỉ tiêu ${targetBy ?? 'đề ra'}`;
}

const ROOM = /^phòng\s+/i;

/**
 * Units named inside a sentence: one by name; a few grouped as seed 000 does
 * ("các phòng: Khoa học và Công nghệ; Đổi mới sáng tạo"); all of several as
 * "các phòng, đơn vị"; many as a range, their names left to the annex.
 */
export function unitsPhrase(names: readonly string[], totalUnits: number): string {
  const n = names.length;
  if (n === 0) return '';
  if (n === 1) return names[0];
  if (n === totalUnits) return 'các phòng, đơn vị';
  if (n > UNIT_LIST_MAX) return `${countText(n)}/${countText(totalUnits)} phòng, đơn vị`;
  if (names.every((x) => ROOM.test(x))) return `các phòng: ${names.map((x) => x.replace(ROOM, '')).join('; ')}`;
  return joinNames([...names]);
}

function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** "Trong 9 tháng năm 2025", "Trong năm 2025", "Từ ngày 15/3/2025 đến ngày 30/9/2025", or "Trong kỳ kiểm tra". */
export function periodPhrase(from: string | undefined, to: string | undefined): string {
  const a = from ? isoParts(from) : undefined;
  const b = to ? isoParts(to) : undefined;
  if (a && b && a.y === b.y && a.m === 1 && a.d === 1 && b.d === lastDayOfMonth(b.y, b.m)) {
    if (b.m === 12) return `Trong năm ${b.y}`;
    if (b.m === 6) return `Trong 6 tháng đầu năm ${b.y}`;
    return `Trong ${b.m} tháng năm ${b.y}`;
  }
  if (a && b) return `Từ ngày ${reportDate(from)} đến ngày ${reportDate(to)}`;
  return 'Trong kỳ kiểm tra';
}
