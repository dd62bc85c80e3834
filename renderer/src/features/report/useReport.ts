/**
 * The report screen's data: the inspection's edits (live), the draft model
 * built from them, and the frozen versions. Reads through the storage
 * module and useLiveQuery like every screen.
 *
 * Each step runs once per change of the data (a saved edit), never per render
 * or key press: the derived state and the data hash are computed in the live
 * query itself, so the raw list of every edit (most of them superseded
 * autosaves) is garbage as soon as they are made instead of staying on the
 * heap for the page's lifetime; the model is memoised on the state and the
 * clerk option, and unchanged parts keep their objects (stableModel.ts).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef } from 'react';
import { deriveState } from '../../../../shared/domain/derive';
import { inspectionOf } from '../../../../shared/domain/views';
import { buildReportModel, preFinaliseCheck, reportDataHash, reportVersions, type FrozenVersion, type ReportModel, type ReportProblem } from '../../../../shared/report';
import type { InspectionValues } from '../../../../shared/domain/schemas';
import { DEFAULT_TEMPLATE, getTemplate } from '../../../../shared/templates';
import type { ChecklistTemplate } from '../../../../shared/templates/types';
import { inspectionEdits } from '../../db/edits';
import { useStorage } from '../../db/StorageContext';
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
  const { db } = useStorage();
  const facts = useLiveQuery(
    async () => {
      const edits = await inspectionEdits(db, inspectionId);
      return { state: deriveState(edits), dataHash: reportDataHash(edits) };
    },
    [db, inspectionId],
  );
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
