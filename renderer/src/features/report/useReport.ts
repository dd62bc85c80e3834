/**
 * The report screen's data: the draft model and the frozen versions, live.
 *
 * Two live queries over storage, so that saving a part rebuilds only that
 * part: the inspection without its report parts (read, derived and hashed
 * once per change of the data, never per key press or part save), and the
 * report parts alone (a handful of records). The draft is built once from
 * the first; a saved part only lays its text over it (applyPartTexts), and
 * the data hash merges the parts' few ids into the data's sorted ids.
 * Unchanged parts keep their objects (stableModel.ts), so their editors and
 * preview pages skip their re-render.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef } from 'react';
import { deriveState } from '../../../../shared/domain/derive';
import { ENTITY_KINDS, type EntityKind } from '../../../../shared/domain/edit';
import { inspectionOf } from '../../../../shared/domain/views';
import {
  applyPartTexts,
  buildReportModel,
  mergeSortedIds,
  reportDataHashOfSortedIds,
  reportPartTexts,
  reportVersions,
  sortedDataIds,
  type FrozenVersion,
  type ReportModel,
} from '../../../../shared/report';
import { DEFAULT_TEMPLATE, getTemplate } from '../../../../shared/templates';
import type { ChecklistTemplate } from '../../../../shared/templates/types';
import { entityEdits } from '../../db/edits';
import { useStorage } from '../../db/StorageContext';
import { reuseUnchangedParts } from './stableModel';

export interface ReportData {
  template: ChecklistTemplate;
  draft: ReportModel;
  versions: FrozenVersion[];
  /** Whether the data changed since the latest finalised version (or nothing is finalised yet). */
  changedSinceFinal: boolean;
  exists: boolean;
}

const DATA_KINDS: EntityKind[] = ENTITY_KINDS.filter((k) => k !== 'reportPart');

export function useReport(inspectionId: string, blankForClerk: boolean): ReportData | undefined {
  const { db } = useStorage();
  // Each kind through its own index range: a part save touches none of them, so this query does not run again.
  const facts = useLiveQuery(
    async () => {
      const edits = (await Promise.all(DATA_KINDS.map((k) => entityEdits(db, inspectionId, k)))).flat();
      return { state: deriveState(edits), ids: sortedDataIds(edits) };
    },
    [db, inspectionId],
  );
  const parts = useLiveQuery(
    async () => {
      const edits = await entityEdits(db, inspectionId, 'reportPart');
      return { texts: reportPartTexts(deriveState(edits)), ids: sortedDataIds(edits) };
    },
    [db, inspectionId],
  );

  const base = useMemo(() => {
    if (!facts) return undefined;
    const { state } = facts;
    const insp = inspectionOf(state, inspectionId)?.values;
    const template = (insp?.templateId && insp.templateVersion ? getTemplate(insp.templateId, insp.templateVersion) : undefined) ?? DEFAULT_TEMPLATE;
    const model = buildReportModel(state, template, { inspectionId, dataHash: '', blankForClerk });
    return { template, model, versions: reportVersions(state), exists: !!insp };
  }, [facts, inspectionId, blankForClerk]);

  const previous = useRef<ReportModel | undefined>(undefined);
  return useMemo(() => {
    if (!base || !facts || !parts) return undefined;
    const dataHash = reportDataHashOfSortedIds(mergeSortedIds(facts.ids, parts.ids));
    const draft = reuseUnchangedParts(previous.current, applyPartTexts(base.model, parts.texts, dataHash));
    previous.current = draft;
    const last = base.versions[base.versions.length - 1];
    return { template: base.template, draft, versions: base.versions, changedSinceFinal: !last || last.dataHash !== dataHash, exists: base.exists };
  }, [base, facts, parts]);
}
