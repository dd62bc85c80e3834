/**
 * React hooks over storage: components read through these, never through
 * tables. Screen state comes from the read model (head rows by index), never
 * from deriving the edit log.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { DerivedState, Disagreement } from '../../../shared/domain/derive';
import type { Edit, EntityKind } from '../../../shared/domain/edit';
import { editIdsOf, entitiesState, fieldEdits, inspectionCounts, inspectionState, openDisagreements, unitState } from './readModel';
import { refusedDrafts, type DraftRow } from './drafts';
import { readSetupDraft, type SetupDraft } from './setupDraft';
import { unsentSummary, type UnsentSummary } from './unsent';
import { arrivalsOf, type Arrival } from './arrivals';
import { useStorage } from './StorageContext';
import { meKey } from './settings';
import type { FileRow } from './schema';

/** The standing state of a whole inspection, live. undefined while loading. */
export function useInspectionState(inspectionId: string | undefined): DerivedState | undefined {
  const { db } = useStorage();
  return useLiveQuery(() => (inspectionId ? inspectionState(db, inspectionId) : { records: new Map() }), [db, inspectionId]);
}

/** The standing state of the records of some kinds (set-up: inspection, units, members), live. */
export function useEntitiesState(inspectionId: string | undefined, entities: readonly EntityKind[]): DerivedState | undefined {
  const { db } = useStorage();
  const key = entities.join(',');
  return useLiveQuery(() => (inspectionId ? entitiesState(db, inspectionId, entities) : { records: new Map() }), [db, inspectionId, key]);
}

/** Inspection-wide records plus one unit's: what the checklist of that unit needs. */
export function useUnitState(inspectionId: string, unitId: string): DerivedState | undefined {
  const { db } = useStorage();
  return useLiveQuery(() => unitState(db, inspectionId, unitId), [db, inspectionId, unitId]);
}

/** Open disagreements of an inspection (entity, record, unit, field, standing heads with their edits), live, by index. */
export function useDisagreements(inspectionId: string): Disagreement[] | undefined {
  const { db } = useStorage();
  return useLiveQuery(() => openDisagreements(db, inspectionId), [db, inspectionId]);
}

/**
 * The inspection's counters by name, live: `answered|unit|section`,
 * `answers|member`, `findings|member`, `recommendations|member`,
 * `open|unit|section` (see counterNames in shared/core/readModel.ts).
 */
export function useInspectionCounts(inspectionId: string): Map<string, number> | undefined {
  const { db } = useStorage();
  return useLiveQuery(() => inspectionCounts(db, inspectionId), [db, inspectionId]);
}

/** Every value ever written to one field, oldest first (history views), by index. */
export function useFieldHistory(inspectionId: string, entity: EntityKind, recordId: string, field: string, enabled = true): Edit[] | undefined {
  const { db } = useStorage();
  return useLiveQuery(
    () => (enabled ? fieldEdits(db, inspectionId, entity, recordId, field) : []),
    [db, inspectionId, entity, recordId, field, enabled],
  );
}

/** Standing state of some kinds of record and the sorted ids of their edits (the report's data hash). */
export interface ReportSourceHalf {
  state: DerivedState;
  ids: string[];
}

/**
 * What the report is built from, live, from the read model, in two halves:
 * the data (every kind but the parts) and the report parts. Each reads its
 * own index ranges, so saving a part re-runs only the small second half.
 * The ids exclude frozen versions, which the data hash leaves out.
 */
export function useReportSource(inspectionId: string, dataKinds: readonly EntityKind[]): { data?: ReportSourceHalf; parts?: ReportSourceHalf } {
  const { db } = useStorage();
  const key = dataKinds.join(',');
  const data = useLiveQuery(async () => {
    const [state, ids] = await Promise.all([
      entitiesState(db, inspectionId, dataKinds),
      editIdsOf(db, inspectionId, dataKinds.filter((k) => k !== 'reportVersion')),
    ]);
    return { state, ids };
  }, [db, inspectionId, key]);
  const parts = useLiveQuery(async () => {
    const [state, ids] = await Promise.all([entitiesState(db, inspectionId, ['reportPart']), editIdsOf(db, inspectionId, ['reportPart'])]);
    return { state, ids };
  }, [db, inspectionId]);
  return { data, parts };
}

/** The list of inspections with their inspection record's state (from the read model). */
export function useInspectionList() {
  const { db } = useStorage();
  return useLiveQuery(async () => {
    const entries = await db.inspections.orderBy('openedAt').reverse().toArray();
    return Promise.all(entries.map(async (e) => ({ entry: e, state: await entitiesState(db, e.id, ['inspection']) })));
  }, [db]);
}

/**
 * The member id this laptop's user chose for an inspection ("Tôi là …"):
 * null while loading, undefined when nobody has been chosen yet.
 */
export function useMe(inspectionId: string | undefined): string | undefined | null {
  const { db } = useStorage();
  // Wrapped so "not chosen" (no row) is distinguishable from "still loading".
  const result = useLiveQuery(async () => ({ row: inspectionId ? await db.settings.get(meKey(inspectionId)) : undefined }), [db, inspectionId]);
  if (result === undefined) return null;
  return (result.row?.value as string | undefined) ?? undefined;
}

/**
 * One unit's drafts the checks refused, by item (kept from before a reload),
 * stable between keystrokes so typing elsewhere re-renders nothing.
 * undefined while loading.
 */
export function useRefusedDrafts(inspectionId: string, unitId: string): Map<string, DraftRow[]> | undefined {
  const { db } = useStorage();
  const rows = useLiveQuery(async () => (await refusedDrafts(db, inspectionId)).filter((d) => d.unitId === unitId), [db, inspectionId, unitId]);
  const signature = rows ? JSON.stringify(rows.map((r) => [r.key, r.id, r.error])) : undefined;
  return useMemo(() => {
    if (!rows) return undefined;
    const m = new Map<string, DraftRow[]>();
    for (const r of rows) m.set(r.itemId, [...(m.get(r.itemId) ?? []), r]);
    return m;
  }, [signature]);
}

/** Every refused draft of an inspection with its unit's name, for the header's "Chưa lưu" links. */
export function useRefusedDraftList(inspectionId: string | undefined): { draft: DraftRow; unitName: string }[] | undefined {
  const { db } = useStorage();
  return useLiveQuery(async () => {
    if (!inspectionId) return [];
    const rows = await refusedDrafts(db, inspectionId);
    if (rows.length === 0) return [];
    const units = await entitiesState(db, inspectionId, ['unit']);
    return rows.map((draft) => ({ draft, unitName: String(units.records.get(`unit/${draft.unitId}`)?.fields.name?.value ?? '') }));
  }, [db, inspectionId]);
}

/** The set-up form's unsaved draft (null when none), live; undefined while loading. */
export function useSetupDraftValues<T>(inspectionId: string | undefined): SetupDraft<T> | null | undefined {
  const { db } = useStorage();
  return useLiveQuery(async () => (await readSetupDraft<T>(db, inspectionId)) ?? null, [db, inspectionId]);
}

/** My edits not yet in a results package I saved, live (undefined while loading or when "Tôi là" is not chosen). */
export function useUnsent(inspectionId: string | undefined): UnsentSummary | undefined {
  const { db } = useStorage();
  return useLiveQuery(async () => (inspectionId ? unsentSummary(db, inspectionId) : undefined), [db, inspectionId]);
}

/** Results packages received from members (the leader's laptop), live. */
export function useArrivals(inspectionId: string): Arrival[] | undefined {
  const { db } = useStorage();
  return useLiveQuery(() => arrivalsOf(db, inspectionId), [db, inspectionId]);
}

/** One attached file by its hash, live: null when this laptop does not hold it (not received yet), undefined while loading. */
export function useFileRow(sha256: string): FileRow | null | undefined {
  const { db } = useStorage();
  return useLiveQuery(async () => (await db.files.get(sha256)) ?? null, [db, sha256]);
}
