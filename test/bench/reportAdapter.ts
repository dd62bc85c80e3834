/**
 * The report as the app builds it: the model from the derived state and the
 * data hash (as renderer/src/features/report/useReport.ts does), then the
 * DOCX from the model (shared/report/docx.ts, what "Xuất DOCX" runs).
 */
import type { DerivedState } from '../../shared/domain/derive';
import type { Edit } from '../../shared/domain/edit';
import { buildReportModel, reportDataHash } from '../../shared/report';
import { reportDocx } from '../../shared/report/docx';
import { CCHC_TEMPLATE } from '../../shared/templates';

export interface DocxOutcome {
  /** Data hash and model, what opening the report page costs. */
  modelMs: number;
  /** The .docx file from the model, what the export button costs. */
  docxMs: number;
  bytes: number;
}

export async function buildDocx(edits: Edit[], state: DerivedState, inspectionId: string): Promise<DocxOutcome> {
  const t0 = performance.now();
  const dataHash = reportDataHash(edits);
  const model = buildReportModel(state, CCHC_TEMPLATE, { inspectionId, dataHash });
  const t1 = performance.now();
  const bytes = await reportDocx(model);
  return { modelMs: t1 - t0, docxMs: performance.now() - t1, bytes: bytes.length };
}
