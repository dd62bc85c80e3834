/**
 * Undoing a deletion: new edits that bring the record back, so the history
 * keeps both the deletion and the restore. A deletion replaces the values its
 * author saw (deriveState), so the restore writes them again from the edits
 * the deletion replaced, with an un-delete mark.
 */
import { DELETED_FIELD, type EntityKind, type Json } from '../../../shared/domain/edit';
import { unitEdits } from './edits';
import type { InspectionRepo } from './inspections';

export async function restoreRecord(repo: InspectionRepo, entity: EntityKind, recordId: string, unitId: string): Promise<number> {
  const own = (await unitEdits(repo.db, repo.inspectionId, unitId)).filter((e) => e.entity === entity && e.recordId === recordId);
  const byId = new Map(own.map((e) => [e.id, e]));
  const deletion = own
    .filter((e) => e.field === DELETED_FIELD && e.value === true)
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .at(-1);
  const values: Record<string, Json> = {};
  for (const id of deletion?.replaces ?? []) {
    const e = byId.get(id);
    if (e && e.field !== DELETED_FIELD) values[e.field] = e.value;
  }
  values[DELETED_FIELD] = false;
  return repo.setFields(entity, recordId, unitId, values);
}
