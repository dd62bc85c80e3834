/**
 * Archiving, restoring and deleting an inspection on this laptop, and the
 * per-inspection status the list shows (answered criteria, last change).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { timestampMillis } from '../../../shared/domain/clock';
import { inspectionImpact, type InspectionImpact } from '../../../shared/inspections/lifecycle';
import Dexie from 'dexie';
import { inspectionCounts, inspectionState } from './readModel';
import type { AppDB } from './schema';
import { leaderKeyKey, meKey } from './settings';
import { useStorage } from './StorageContext';

/** Hide an inspection from the main list; nothing of it is removed. */
export async function archiveInspection(db: AppDB, id: string): Promise<void> {
  await db.inspections.update(id, { archivedAt: Date.now() });
}

export async function restoreInspection(db: AppDB, id: string): Promise<void> {
  await db.transaction('rw', db.inspections, async () => {
    const row = await db.inspections.get(id);
    if (!row) return;
    const { archivedAt: _archived, ...rest } = row;
    await db.inspections.put({ ...rest, openedAt: Date.now() });
  });
}

/** What deleting the inspection would remove, from the read model's standing records. */
export async function deletionImpact(db: AppDB, id: string): Promise<InspectionImpact> {
  return inspectionImpact(await inspectionState(db, id));
}

/** Remove every record of the inspection from this laptop, its list entry and "Tôi là …", in one transaction. */
export async function deleteInspection(db: AppDB, id: string): Promise<number> {
  return db.transaction('rw', [db.edits, db.inspections, db.settings, db.heads, db.records, db.counts, db.drafts, db.segments], async () => {
    const removed = await db.edits.where('inspectionId').equals(id).delete();
    // Its read model and typing journal go with it, so nothing of it is left to show.
    await db.heads.where('inspectionId').equals(id).delete();
    await db.records.where('[inspectionId+entity]').between([id, Dexie.minKey], [id, Dexie.maxKey]).delete();
    await db.counts.where('inspectionId').equals(id).delete();
    await db.drafts.where('inspectionId').equals(id).delete();
    // Its author segments and its pinned leader key too: imported again, it is compared again.
    await db.segments.where('inspectionId').equals(id).delete();
    await db.inspections.delete(id);
    await db.settings.delete(meKey(id));
    await db.settings.delete(leaderKeyKey(id));
    return removed;
  });
}

export interface InspectionStatus {
  /** Answered unit × criterion responses. */
  answered: number;
  /** Time of the newest edit (millis), from its clock; undefined when there is none. */
  lastModified?: number;
}

/** Live answered count (from the read model's counters) and last change of one inspection. */
export function useInspectionStatus(id: string): InspectionStatus | undefined {
  const { db } = useStorage();
  return useLiveQuery(async () => {
    // Edits are keyed by their clock, so the last in the index is the newest change.
    const newest = await db.edits.where('inspectionId').equals(id).last();
    let answered = 0;
    for (const [name, n] of await inspectionCounts(db, id)) if (name.startsWith('answered|')) answered += n;
    return { answered, lastModified: newest ? timestampMillis(newest.id) : undefined };
  }, [db, id]);
}
