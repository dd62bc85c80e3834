/**
 * Figures measured in Node: the leader's merge of the eight packages, and the
 * DOCX build of the large inspection's report.
 */
import { deriveState, mergeEdits } from '../../shared/domain/derive';
import type { Edit } from '../../shared/domain/edit';
import { readPackage } from '../../shared/exchange';
import { judge, median, type Figure } from './figures';
import type { LargeInspection } from './generator';
import type { BenchPackage } from './packages';
import { buildDocx } from './reportAdapter';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function timed<T>(fn: () => T): { ms: number; value: T } {
  gc();
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

export interface MergeSteps {
  edits: number;
  /** readPackage of every file: unzip, signature, content hash, JSON, schema of every record, references. */
  readMs: number;
  mergeMs: number;
  deriveMs: number;
}

/** Parse (open, verify, validate, check) every package, merge them and derive the state: the leader's merge. */
export async function mergePackages(li: LargeInspection, pkgs: BenchPackage[], passphrase?: string): Promise<MergeSteps> {
  // The leader's laptop holds the set-up it made; that is what the packages are checked against.
  const current = (id: string) => (id === li.inspectionId ? li.setup : []);
  const t0 = performance.now();
  // One file after the other, as the exchange page reads them (readPackage is async: Web Crypto hashing).
  const sets: Edit[][] = [];
  for (const p of pkgs) {
    const r = await readPackage(p.fileName, p.bytes, { expectedInspectionId: li.inspectionId, currentEdits: current, passphrase });
    if (!r.ok) throw new Error(`${p.fileName}: ${r.error.message}`);
    sets.push(r.package.edits);
  }
  const t1 = performance.now();
  const edits = mergeEdits(li.setup, ...sets);
  const t2 = performance.now();
  deriveState(edits);
  const t3 = performance.now();
  return { edits: edits.length, readMs: t1 - t0, mergeMs: t2 - t1, deriveMs: t3 - t2 };
}

/** `encrypted`: the same packages encrypted with this passphrase (figure 1b), against the same plain JSON.parse baseline. */
export async function measureMerge(li: LargeInspection, pkgs: BenchPackage[], runs: number, encrypted?: string): Promise<Figure> {
  const baseline: number[] = [];
  const real: { ms: number; steps: MergeSteps }[] = [];
  await mergePackages(li, pkgs, encrypted); // warm-up: JIT and lazy module state, as in an app that has been open a while
  for (let i = 0; i < runs; i++) {
    baseline.push(timed(() => pkgs.map((p) => JSON.parse(p.json) as Edit[])).ms);
    gc();
    const t0 = performance.now();
    const steps = await mergePackages(li, pkgs, encrypted);
    real.push({ ms: performance.now() - t0, steps });
  }
  real.sort((a, b) => a.ms - b.ms);
  const mid = real[Math.floor(real.length / 2)];
  const base = median(baseline);
  const ratio = mid.ms / base;
  const s = mid.steps;
  return {
    id: encrypted ? '1b' : '1',
    name: `gộp ${pkgs.length} gói .tkt${encrypted ? ' đều mã hóa' : ''} (đọc + kiểm tra + mergeEdits + deriveState)`,
    value: mid.ms,
    unit: 'ms',
    ratio,
    baseline: `JSON.parse (${Math.round(base)} ms)`,
    target: '≤ 3× JSON.parse',
    verdict: judge(ratio, 3, 'max'),
    note:
      `${s.edits.toLocaleString('vi-VN')} bản ghi sau khi gộp; đọc gói ${Math.round(s.readMs)} ms + mergeEdits ${Math.round(s.mergeMs)} ms + ` +
      `deriveState ${Math.round(s.deriveMs)} ms; trung vị của ${runs} lần`,
  };
}

export async function measureDocx(li: LargeInspection, edits: Edit[], runs: number): Promise<Figure> {
  const state = deriveState(edits);
  await buildDocx(edits, state, li.inspectionId); // warm-up
  const docx: number[] = [];
  const model: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    gc();
    const r = await buildDocx(edits, state, li.inspectionId);
    docx.push(r.docxMs);
    model.push(r.modelMs);
    bytes = r.bytes;
  }
  const ms = median(docx);
  return {
    id: '3a',
    name: 'báo cáo DOCX (từ mô hình ra tệp .docx)',
    value: ms,
    unit: 'ms',
    target: '≤ 1 s',
    verdict: judge(ms, 1000, 'max'),
    note: `tệp ${(bytes / 1024).toFixed(0)} KB; trước đó, mô hình báo cáo kèm mã băm dữ liệu mất ${Math.round(median(model))} ms (khi mở trang Báo cáo); trung vị của ${runs} lần`,
  };
}
