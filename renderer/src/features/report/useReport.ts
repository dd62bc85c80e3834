/**
 * The report screen's data: the inspection's standing state from the read
 * model (live, through the storage hooks), the draft model built from it,
 * and the frozen versions.
 *
 * Each step runs once per change of the data (a saved edit), never per render
 * or key press: no edit is loaded (the data hash comes from the ids alone);
 * the model is memoised on the state and the clerk option, and unchanged
 * parts keep their objects (stableModel.ts).
 */
import { useMemo, useRef } from 'react';
import { inspectionOf } from '../../../../shared/domain/views';
import { buildReportModel, reportVersions, type FrozenVersion, type ReportModel } from '../../../../shared/report';
import { DEFAULT_TEMPLATE, getTemplate } from '../../../../shared/templates';
import type { ChecklistTemplate } from '../../../../shared/templates/types';
import { useReportSource } from '../../db/hooks';
import { reuseUnchangedParts } from './stableModel';

export interface ReportData {
  template: ChecklistTemplate;
  draft: ReportModel;
  versions: FrozenVersion[];
  /** Whether the data changed since the latest finalised version (or nothing is finalised yet). */
  changedSinceFinal: boolean;
  exists: boolean;
}

export function useReport(inspectionId: string, blankForClerk: boolean): ReportData | undefined {
  const facts = useReportSource(inspectionId);
  const previous = useRef<ReportModel | undefined>(undefined);
  return useMemo(() => {
    if (!facts) return undefined;
    const { state, dataHash } = facts;
    const insp = inspectionOf(state, inspectionId)?.values;
    const template = (insp?.templateId && insp.templateVersion ? getTemplate(insp.templateId, insp.templateVersion) : undefined) ?? DEFAULT_TEMPLATE;
    const draft = reuseUnchangedParts(previous.current, buildReportModel(state, template, { inspectionId, dataHash, blankForClerk }));
    previous.current = draft;
    const versions = reportVersions(state);
    const last = versions[versions.length - 1];
    return { template, draft, versions, changedSinceFinal: !last || last.dataHash !== dataHash, exists: !!insp };
  }, [facts, inspectionId, blankForClerk]);
}
