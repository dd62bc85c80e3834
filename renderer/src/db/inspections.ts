/** Storage of inspections: the list, creating one, and writing records through the use cases of shared/core. */
import type { DerivedState } from '../../../shared/domain/derive';
import type { EntityKind, Json } from '../../../shared/domain/edit';
import type { EditStorePort } from '../../../shared/core/port';
import { deleteRecord, saveFields, settleDisagreement } from '../../../shared/core/usecases';
import type { EditStore } from './edits';
import { dexiePort } from './editStorePort';
import { inspectionState, unitState } from './readModel';
import type { AppDB } from './schema';

export { SETUP_AUTHOR, authorFor } from './settings';

export function newId(): string {
  return crypto.randomUUID().replace(/-/g, '').slice(0, 20);
}

export async function touchInspection(db: Pick<AppDB, 'inspections'>, id: string): Promise<void> {
  const now = Date.now();
  const existing = await db.inspections.get(id);
  // Keeps the rest of the row (an archived inspection stays archived while it is edited).
  await db.inspections.put({ ...existing, id, addedAt: existing?.addedAt ?? now, openedAt: now });
}

/** Reads and writes one inspection's records. Every write is a use case over the storage port: read, plan and write in one transaction. */
export class InspectionRepo {
  readonly port: EditStorePort;

  constructor(
    readonly db: AppDB,
    readonly store: EditStore,
    readonly inspectionId: string,
  ) {
    this.port = dexiePort(db, store);
  }

  /** Standing state from the read model: one unit's (with the inspection-wide records) or the whole inspection's. */
  state(unitId?: string): Promise<DerivedState> {
    return unitId === undefined ? inspectionState(this.db, this.inspectionId) : unitState(this.db, this.inspectionId, unitId);
  }

  /** Set fields of one record. Only changed fields produce edits. Returns the number of edits written. */
  async setFields(entity: EntityKind, recordId: string, unitId: string, values: Record<string, Json | undefined>): Promise<number> {
    const n = await saveFields(this.port, { inspectionId: this.inspectionId, entity, recordId, unitId, values });
    if (n) await touchInspection(this.db, this.inspectionId);
    return n;
  }

  /** setFields for an inspection-wide record (unitId ''): the report's parts save as the leader types. */
  setEntityFields(entity: EntityKind, recordId: string, values: Record<string, Json | undefined>): Promise<number> {
    return this.setFields(entity, recordId, '', values);
  }

  async remove(entity: EntityKind, recordId: string, _unitId: string): Promise<void> {
    await deleteRecord(this.port, this.inspectionId, entity, recordId);
  }

  async resolve(entity: EntityKind, recordId: string, _unitId: string, field: string, value: Json): Promise<void> {
    await settleDisagreement(this.port, { inspectionId: this.inspectionId, entity, recordId, field, value });
  }
}
