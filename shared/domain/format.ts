/** Vietnamese number and date conventions (DOMAIN.md "Formats people expect"). */

/** 1114 → "1.114"; 12.4 → "12,4". Dot for thousands, comma for decimals. */
export function formatNumber(n: number, decimals?: number): string {
  if (!Number.isFinite(n)) return '';
  const fixed = decimals === undefined ? String(Math.abs(n)) : Math.abs(n).toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${n < 0 ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

/** Percentage as the seeds write it: "100%", "61,90%", two decimals unless whole. */
export function formatPercent(p: number): string {
  if (!Number.isFinite(p)) return '';
  const rounded = Math.round(p * 100) / 100;
  return Number.isInteger(rounded) ? `${formatNumber(rounded)}%` : `${formatNumber(rounded, 2)}%`;
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isoParts(iso: string): { y: number; m: number; d: number } | undefined {
  const m = ISO_RE.exec(iso);
  if (!m) return undefined;
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

export function isRealDate(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/**
 * Date in running text as the seeds write it: "05/8/2025", "15/01/2025" —
 * the day keeps two digits; the month keeps its zero only for 1 and 2
 * (the Nghị định 30 rule, so "01/2025" is never misread as "1/20…").
 */
export function formatDate(iso: string): string {
  const p = isoParts(iso);
  if (!p) return '';
  return `${String(p.d).padStart(2, '0')}/${p.m <= 2 ? String(p.m).padStart(2, '0') : p.m}/${p.y}`;
}

/**
 * Date in a header: "ngày 14 tháng 10 năm 2025". Nghị định 30: a day below 10
 * and the months 1 and 2 take a leading zero ("ngày 05 tháng 02 năm 2025").
 */
export function formatHeaderDate(iso: string): string {
  const p = isoParts(iso);
  if (!p) return '';
  const day = String(p.d).padStart(2, '0');
  const month = p.m <= 2 ? String(p.m).padStart(2, '0') : String(p.m);
  return `ngày ${day} tháng ${month} năm ${p.y}`;
}

/** The header date with blanks for the clerk to fill in at issuance. */
export function blankHeaderDate(year: number): string {
  return `ngày      tháng      năm ${year}`;
}

/**
 * Parse a date typed as the user writes it ("31/12/2025", "5/8/2025",
 * "05-08-2025") to ISO. Returns undefined for anything that is not a real
 * calendar date (31/02/2025 included).
 */
export function parseVnDate(input: string): string | undefined {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(input);
  if (!m) return undefined;
  const d = Number(m[1]);
  const mo = Number(m[2]);
  const y = Number(m[3]);
  if (!isRealDate(y, mo, d)) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** ISO date to the input form "dd/mm/yyyy". */
export function toInputDate(iso: string | undefined | null): string {
  const p = iso ? isoParts(iso) : undefined;
  if (!p) return '';
  return `${String(p.d).padStart(2, '0')}/${String(p.m).padStart(2, '0')}/${p.y}`;
}

/** "Kế hoạch số 14/KH-SKHCN ngày 05/8/2025" */
export function formatDocRef(kind: string, number: string, dateIso?: string): string {
  const num = number.trim();
  const parts = [kind];
  if (num) parts.push(`số ${num}`);
  if (dateIso && isoParts(dateIso)) parts.push(`ngày ${formatDate(dateIso)}`);
  return parts.join(' ');
}

/** Time of an edit for provenance ("14:05 05/8/2025"). */
export function formatDateTime(millis: number): string {
  const d = new Date(millis);
  const hh = String(d.getHours()).padStart(2, '0');
  const mm = String(d.getMinutes()).padStart(2, '0');
  return `${hh}:${mm} ${String(d.getDate()).padStart(2, '0')}/${d.getMonth() + 1}/${d.getFullYear()}`;
}

/** Time of day for "Đã lưu lúc 09:12". */
export function formatTimeOfDay(millis: number): string {
  const d = new Date(millis);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}
