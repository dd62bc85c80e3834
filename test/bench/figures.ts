/**
 * The bench's figures: one row each, with its target, printed as a table and
 * written as JSON so runs can be compared and CI can check they were made.
 */
export type Verdict = 'đạt' | 'không đạt' | 'n/a';

export interface Figure {
  id: string;
  name: string;
  /** null when the figure could not be measured (see note). */
  value: number | null;
  unit: 'ms' | 'rec/s' | 'MB';
  /** value / baseline, for figures judged against a baseline measured in the same run. */
  ratio?: number | null;
  /** What the ratio is taken against, with its own value. */
  baseline?: string;
  target: string;
  /** Whether the judged quantity (the ratio when there is one) meets the target. */
  verdict: Verdict;
  note?: string;
}

export interface BenchResult {
  mode: 'full' | 'quick';
  startedAt: string;
  durationMs: number;
  machine: { cpus: number; node: string; chromium?: string };
  fixture: Record<string, number>;
  figures: Figure[];
}

/** Judge `x` against `limit`: 'max' means x must not exceed it, 'min' that it must reach it. */
export function judge(x: number | null | undefined, limit: number, kind: 'max' | 'min'): Verdict {
  if (x === null || x === undefined || !Number.isFinite(x)) return 'n/a';
  return (kind === 'max' ? x <= limit : x >= limit) ? 'đạt' : 'không đạt';
}

export function missing(id: string, name: string, unit: Figure['unit'], target: string, note: string): Figure {
  return { id, name, value: null, unit, ratio: null, target, verdict: 'n/a', note };
}

const fmt = (n: number, digits = 0) => n.toLocaleString('vi-VN', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export function formatValue(f: Figure): string {
  if (f.value === null) return 'n/a';
  if (f.unit === 'ms') return f.value >= 10_000 ? `${fmt(f.value / 1000, 1)} s` : `${fmt(f.value)} ms`;
  if (f.unit === 'MB') return `${fmt(f.value, 1)} MB`;
  return `${fmt(f.value)} bản ghi/s`;
}

export function formatRatio(f: Figure): string {
  if (f.ratio === undefined) return '—';
  if (f.ratio === null) return 'n/a';
  return `${fmt(f.ratio, 2)}× ${f.baseline ?? ''}`.trim();
}

/** A plain-text table that reads well in a terminal and in a CI log. */
export function table(figures: Figure[]): string {
  const head = ['#', 'figure', 'value', 'ratio', 'target', 'verdict'];
  const rows = figures.map((f) => [f.id, f.name, formatValue(f), formatRatio(f), f.target, f.verdict]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join(' | ');
  const notes = figures.filter((f) => f.note).map((f) => `  ${f.id}: ${f.note}`);
  return [line(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line), ...(notes.length ? ['', 'notes:', ...notes] : [])].join('\n');
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Nearest-rank percentile. */
export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
