/**
 * The report screen's data: the draft model and the frozen versions, live,
 * from the read model (never a derivation of the edit log).
 *
 * Two live reads, so that saving a part rebuilds only that part: the
 * inspection without its report parts (read and modelled once per change of
 * the data, never per key press or part save), and the report parts alone (a
 * handful of records). The draft is built once from the first; a saved part
 * only lays its text over it (applyPartTexts), and the data hash merges the
 * parts' few ids into the data's sorted ids. Unchanged parts keep their
 * objects (stableModel.ts), so their editors and preview pages skip their
 * re-render.
 */
import { useMemo, useRef } from 'react';
import { ENTITY_KINDS, type EntityKind } from '../../../../shared/domain/edit';
import type { InspectionValues } from '../../../../shared/domain/schemas';
import { inspectionOf } from '../../../../shared/domain/views';
import {
  applyPartTexts,
  buildReportModel,
  mergeSortedIds,
  preFinaliseCheck,
  reportDataHashOfSortedIds,
  reportPartTexts,
  reportVersions,
  type FrozenVersion,
  type ReportModel,
  type ReportProblem,
} from '../../../../shared/report';
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

const DATA_KINDS: EntityKind[] = ENTITY_KINDS.filter((k) => k !== 'reportPart');

export function useReport(inspectionId: string, blankForClerk?: boolean): ReportData | undefined {
  const { data, parts } = useReportSource(inspectionId, DATA_KINDS);

  const base = useMemo(() => {
    if (!data) return undefined;
    const { state } = data;
    const insp = inspectionOf(state, inspectionId)?.values;
    const template = (insp?.templateId && insp.templateVersion ? getTemplate(insp.templateId, insp.templateVersion) : undefined) ?? DEFAULT_TEMPLATE;
    const model = buildReportModel(state, template, { inspectionId, dataHash: '', blankForClerk });
    return { state, insp, template, model, versions: reportVersions(state) };
  }, [data, inspectionId, blankForClerk]);

  const previous = useRef<ReportModel | undefined>(undefined);
  return useMemo(() => {
    if (!base || !data || !parts) return undefined;
    const dataHash = reportDataHashOfSortedIds(mergeSortedIds(data.ids, parts.ids));
    const draft = reuseUnchangedParts(previous.current, applyPartTexts(base.model, reportPartTexts(parts.state), dataHash));
    previous.current = draft;
    const last = base.versions[base.versions.length - 1];
    const blank = blankForClerk ?? base.insp?.blankForClerk ?? false;
    const problems = preFinaliseCheck(base.state, base.template, draft, { inspectionId, blankForClerk: blank });
    const marks = new Map<string, string[]>();
    for (const p of problems) if (p.kind === 'disagreement' && p.partId) marks.set(p.partId, [...(marks.get(p.partId) ?? []), p.message]);
    return {
      template: base.template,
      draft,
      versions: base.versions,
      changedSinceFinal: !last || last.dataHash !== dataHash,
      exists: !!base.insp,
      inspection: base.insp,
      problems,
      marks,
    };
  }, [base, data, parts, inspectionId, blankForClerk]);
}
