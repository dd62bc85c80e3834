/**
 * The report as the app builds it: the model from the derived state
 * (shared/report) and the DOCX from the model (issue 4's renderer).
 */
import type { DerivedState } from '../../shared/domain/derive';
import { buildReportModel } from '../../shared/report';
import { CCHC_TEMPLATE } from '../../shared/templates';

export type DocxOutcome = { ok: true; modelMs: number; bytes: number } | { ok: false; reason: string };

export async function buildDocx(state: DerivedState, inspectionId: string): Promise<DocxOutcome> {
  const t0 = performance.now();
  const model = buildReportModel(state, CCHC_TEMPLATE, { inspectionId, dataHash: '0'.repeat(64), fallbackYear: 2025 });
  const modelMs = performance.now() - t0;
  void model;
  return { ok: false, reason: `n/a (chưa có bộ dựng DOCX trong shared/report); mô hình báo cáo mất ${Math.round(modelMs)} ms` };
}
