/** Writes of the report screen, all through the inspection repository (edit records). */
import type { Edit } from '../../../../shared/domain/edit';
import { buildReportModel, frozenVersionRecord, reportFileName, reportPdfInfo, type ReportModel } from '../../../../shared/report';
import type { ChecklistTemplate } from '../../../../shared/templates/types';
import type { InspectionRepo } from '../../db/inspections';
import { platform } from '../../platform';
import { trackSave } from '../../store';

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
  acceptedProblems: string[],
): Promise<ReportModel | undefined> {
  // The clerk's choice is read from the inspection, as the draft does.
  const model = buildReportModel(edits, template, {
    inspectionId: repo.inspectionId,
    status: 'final',
    version,
    finalisedAt: new Date().toISOString(),
    acceptedProblems,
  });
  const rec = frozenVersionRecord(model);
  const n = await trackSave(() => repo.setEntityFields('reportVersion', rec.recordId, rec.values));
  return n === undefined ? undefined : model;
}

export async function exportDocx(model: ReportModel): Promise<boolean> {
  // The docx library is large; load it only when someone exports.
  const { reportDocx } = await import('../../../../shared/report/docx');
  const bytes = await reportDocx(model);
  return platform.saveFile(reportFileName(model, 'docx'), bytes, [{ name: 'Tài liệu Word', extensions: ['docx'] }]);
}

export async function exportPdf(model: ReportModel): Promise<boolean> {
  return platform.savePdf(reportFileName(model, 'pdf'), reportPdfInfo(model));
}
