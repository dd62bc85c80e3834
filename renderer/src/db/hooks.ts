/** React hooks over storage: components read through these, never through tables. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { deriveState, type DerivedState } from '../../../shared/domain/derive';
import { entityEdits, inspectionEdits, unitEdits } from './edits';
import { refusedDrafts, type DraftRow } from './drafts';
import { readSetupDraft, type SetupDraft } from './setupDraft';
import { unsentSummary, type UnsentSummary } from './unsent';
import { arrivalsOf, type Arrival } from './arrivals';
import type { Edit } from '../../../shared/domain/edit';
import { useStorage } from './StorageContext';
import { meKey } from './settings';

/** The derived state of a whole inspection, live. undefined while loading. */
export function useInspectionState(inspectionId: string | undefined): DerivedState | undefined {
  const { db } = useStorage();
  const edits = useLiveQuery(() => (inspectionId ? inspectionEdits(db, inspectionId) : []), [db, inspectionId]);
  return useMemo(() => (edits ? deriveState(edits) : undefined), [edits]);
}

/** The edits of a whole inspection and the state derived from them (history views need both). */
export function useInspectionData(inspectionId: string): { edits: Edit[]; state: DerivedState } | undefined {
  const { db } = useStorage();
  const edits = useLiveQuery(() => inspectionEdits(db, inspectionId), [db, inspectionId]);
  return useMemo(() => (edits ? { edits, state: deriveState(edits) } : undefined), [edits]);
}

/** Inspection-wide records plus one unit's: what the checklist of that unit needs. */
export function useUnitState(inspectionId: string, unitId: string): DerivedState | undefined {
  const { db } = useStorage();
  const edits = useLiveQuery(() => unitEdits(db, inspectionId, unitId), [db, inspectionId, unitId]);
  return useMemo(() => (edits ? deriveState(edits) : undefined), [edits]);
}

export function useInspectionList() {
  const { db } = useStorage();
  return useLiveQuery(async () => {
    const entries = await db.inspections.orderBy('openedAt').reverse().toArray();
    return Promise.all(
      entries.map(async (e) => {
        const edits = await db.edits.where('[inspectionId+entity]').equals([e.id, 'inspection']).toArray();
        return { entry: e, state: deriveState(edits) };
      }),
    );
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
    const units = deriveState(await entityEdits(db, inspectionId, 'unit'));
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
