/**
 * Finalise the report: freeze the model as it stands into a reportVersion
 * record. The model is built from the read model's standing state and the
 * data hash from the edits' ids, in the same transaction as the write, so the
 * frozen version names exactly the data it was made from.
 */
import { planFieldEdits } from '../domain/write';
import { buildReportModel, frozenVersionRecord, reportDataHashOfIds, type ReportModel } from '../report';
import type { ChecklistTemplate } from '../templates/types';
import type { EditStorePort } from './port';

export interface Finalisation {
  inspectionId: string;
  template: ChecklistTemplate;
  version: number;
  /** Leave the number and day blank for the clerk; by default the inspection's own choice. */
  blankForClerk?: boolean;
  /** Problems of the pre-finalise check the leader chose to finalise with (recorded with the version). */
  acceptedProblems?: string[];
  finalisedAt: string;
}

export function finaliseReport(port: EditStorePort, f: Finalisation): Promise<ReportModel> {
  return port.transaction(async (tx) => {
    const [state, ids] = await Promise.all([tx.readInspection(f.inspectionId), tx.editIdsExcept(f.inspectionId, 'reportVersion')]);
    const model = buildReportModel(state, f.template, {
      inspectionId: f.inspectionId,
      status: 'final',
      version: f.version,
      finalisedAt: f.finalisedAt,
      blankForClerk: f.blankForClerk,
      acceptedProblems: f.acceptedProblems,
      dataHash: reportDataHashOfIds(ids),
    });
    const rec = frozenVersionRecord(model);
    const ctx = { inspectionId: f.inspectionId, author: await tx.author(f.inspectionId), nextId: () => tx.nextId(), settles: true };
    await tx.append(planFieldEdits(state, ctx, 'reportVersion', rec.recordId, '', rec.values));
    return model;
  });
}
