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
import { buildReportModel, preFinaliseCheck, reportVersions, type FrozenVersion, type ReportModel, type ReportProblem } from '../../../../shared/report';
import type { InspectionValues } from '../../../../shared/domain/schemas';
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
  /** The inspection's own values (the report number, date and clerk choice). */
  inspection: Partial<InspectionValues> | undefined;
  /** What the pre-finalise check finds in the live draft. */
  problems: ReportProblem[];
  /** Open disagreements by the report part they show in, for the marks in the draft preview. */
  marks: ReadonlyMap<string, string[]>;
}

export function useReport(inspectionId: string, blankForClerk?: boolean): ReportData | undefined {
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
    const blank = blankForClerk ?? insp?.blankForClerk ?? false;
    const problems = preFinaliseCheck(state, template, draft, { inspectionId, blankForClerk: blank });
    const marks = new Map<string, string[]>();
    for (const p of problems) if (p.kind === 'disagreement' && p.partId) marks.set(p.partId, [...(marks.get(p.partId) ?? []), p.message]);
    return { template, draft, versions, changedSinceFinal: !last || last.dataHash !== dataHash, exists: !!insp, inspection: insp, problems, marks };
  }, [facts, inspectionId, blankForClerk]);
}
