/** Writes of the report screen, all through the inspection repository (edit records). */
import { finaliseReport as finalise } from '../../../../shared/core/finalise';
import { reportFileName, reportPdfInfo, type ReportModel } from '../../../../shared/report';
import type { ChecklistTemplate } from '../../../../shared/templates/types';
import type { InspectionRepo } from '../../db/inspections';
import { platform } from '../../platform';
import { trackSave } from '../../store';
import { runInCore } from '../../worker/client';

/** Planned from the report parts' own edits: saving as the leader types must not read the whole inspection. */
export function savePartText(repo: InspectionRepo, partId: string, text: string) {
  return trackSave(() => repo.setEntityFields('reportPart', partId, { text }));
}

/** Freeze the report as it stands now: the model with status final goes into a reportVersion record (one transaction). */
export async function finaliseReport(repo: InspectionRepo, template: ChecklistTemplate, version: number, acceptedProblems: string[]): Promise<ReportModel | undefined> {
  // The clerk's choice is read from the inspection, as the draft does.
  return trackSave(() =>
    finalise(repo.port, { inspectionId: repo.inspectionId, template, version, acceptedProblems, finalisedAt: new Date().toISOString() }),
  );
}

export async function exportDocx(model: ReportModel): Promise<boolean> {
  // Built in the core worker: a long report must not freeze the window.
  const bytes = await runInCore((core) => core.reportDocx(model)).result;
  return platform.saveFile(reportFileName(model, 'docx'), bytes, [{ name: 'Tài liệu Word', extensions: ['docx'] }]);
}

export async function exportPdf(model: ReportModel): Promise<boolean> {
  return platform.savePdf(reportFileName(model, 'pdf'), reportPdfInfo(model));
}
