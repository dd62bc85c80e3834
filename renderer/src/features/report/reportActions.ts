/** Writes of the report screen, all through the inspection repository (edit records). */
import type { Edit } from '../../../../shared/domain/edit';
import { buildReportModel, frozenVersionRecord, reportFileName, type ReportModel } from '../../../../shared/report';
import type { ChecklistTemplate } from '../../../../shared/templates/types';
import type { InspectionRepo } from '../../db/inspections';
import { platform } from '../../platform';
import { trackSave } from '../../store';
import { runInCore } from '../../worker/client';

/** Planned from the report parts' own edits: saving as the leader types must not read the whole inspection. */
export function savePartText(repo: InspectionRepo, partId: string, text: string) {
  return trackSave(() => repo.setEntityFields('reportPart', partId, { text }));
}

/** Freeze the report as it stands now: the model with status final goes into a reportVersion record. */
export async function finaliseReport(
  repo: InspectionRepo,
  edits: Edit[],
  template: ChecklistTemplate,
  version: number,
  blankForClerk: boolean,
): Promise<ReportModel | undefined> {
  const model = buildReportModel(edits, template, {
    inspectionId: repo.inspectionId,
    status: 'final',
    version,
    finalisedAt: new Date().toISOString(),
    blankForClerk,
  });
  const rec = frozenVersionRecord(model);
  const n = await trackSave(() => repo.setEntityFields('reportVersion', rec.recordId, rec.values));
  return n === undefined ? undefined : model;
}

export async function exportDocx(model: ReportModel): Promise<boolean> {
  // Built in the core worker: a long report must not freeze the window.
  const bytes = await runInCore((core) => core.reportDocx(model)).result;
  return platform.saveFile(reportFileName(model, 'docx'), bytes, [{ name: 'Tài liệu Word', extensions: ['docx'] }]);
}

export async function exportPdf(model: ReportModel): Promise<boolean> {
  return platform.savePdf(reportFileName(model, 'pdf'));
}
