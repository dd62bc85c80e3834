/**
 * Archiving and restoring a unit or member of the set-up (shared/setup/archive.ts),
 * and what each carries, read from the read model: the unit's own rows, the
 * member's counters. Nothing here derives the edit log.
 */
import { getRecord } from '../../../shared/domain/derive';
import { memberImpact, setArchived, unitImpact, type ArchivableKind, type ArchiveImpact } from '../../../shared/setup/archive';
import type { EditStore } from './edits';
import { dexiePort } from './editStorePort';
import { touchInspection } from './inspections';
import { inspectionCounts, recordsState, unitState } from './readModel';
import type { AppDB } from './schema';

export async function archiveImpact(db: AppDB, inspectionId: string, kind: ArchivableKind, recordId: string): Promise<ArchiveImpact> {
  if (kind === 'unit') return unitImpact(await unitState(db, inspectionId, recordId), recordId);
  const [counts, state] = await Promise.all([inspectionCounts(db, inspectionId), recordsState(db, inspectionId, [{ entity: 'member', recordId }])]);
  const unitIds = getRecord(state, 'member', recordId)?.fields.unitIds?.value;
  return memberImpact(counts, recordId, Array.isArray(unitIds) ? unitIds.length : 0);
}

/** Archive (true) or restore (false) a unit or member: one edit through the storage port. */
export async function setRecordArchived(db: AppDB, store: EditStore, inspectionId: string, kind: ArchivableKind, recordId: string, archived: boolean): Promise<number> {
  const n = await setArchived(dexiePort(db, store), inspectionId, kind, recordId, archived);
  if (n) await touchInspection(db, inspectionId);
  return n;
}
