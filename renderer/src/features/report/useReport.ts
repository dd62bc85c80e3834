/**
 * The report screen's data: the inspection's edits (live), the draft model
 * built from them, and the frozen versions. Reads through the storage
 * module and useLiveQuery like every screen.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { deriveState } from '../../../../shared/domain/derive';
import type { Edit } from '../../../../shared/domain/edit';
import { inspectionOf } from '../../../../shared/domain/views';
import { buildReportModel, reportDataHash, reportVersions, type FrozenVersion, type ReportModel } from '../../../../shared/report';
import { DEFAULT_TEMPLATE, getTemplate } from '../../../../shared/templates';
import type { ChecklistTemplate } from '../../../../shared/templates/types';
import { inspectionEdits } from '../../db/edits';
import { useStorage } from '../../db/StorageContext';

export interface ReportData {
  edits: Edit[];
  template: ChecklistTemplate;
  draft: ReportModel;
  versions: FrozenVersion[];
  /** Whether the data changed since the latest finalised version (or nothing is finalised yet). */
  changedSinceFinal: boolean;
  exists: boolean;
}

export function useReport(inspectionId: string, blankForClerk: boolean): ReportData | undefined {
  const { db } = useStorage();
  const edits = useLiveQuery(() => inspectionEdits(db, inspectionId), [db, inspectionId]);
  return useMemo(() => {
    if (!edits) return undefined;
    const state = deriveState(edits);
    const insp = inspectionOf(state, inspectionId)?.values;
    const template = (insp?.templateId && insp.templateVersion ? getTemplate(insp.templateId, insp.templateVersion) : undefined) ?? DEFAULT_TEMPLATE;
    const dataHash = reportDataHash(edits);
    const draft = buildReportModel(state, template, { inspectionId, dataHash, blankForClerk });
    const versions = reportVersions(state);
    const last = versions[versions.length - 1];
    return { edits, template, draft, versions, changedSinceFinal: !last || last.dataHash !== dataHash, exists: !!insp };
  }, [edits, inspectionId, blankForClerk]);
}
