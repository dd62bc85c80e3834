/**
 * The use cases that write: each reads what it plans from, plans the edits
 * (pure, shared/domain/write.ts) and writes them with the read model, in one
 * transaction of the port.
 */
import { getRecord, valuesOf, type DerivedState } from '../domain/derive';
import { LEADER_ROLE, SETUP_AUTHOR } from '../exchange/authority';
import type { EntityKind, Json } from '../domain/edit';
import { planDeletion, planFieldEdits, planResolution, type EditContext } from '../domain/write';
import type { EditStorePort, EditStoreTx } from './port';

export interface FieldsChange {
  inspectionId: string;
  entity: EntityKind;
  recordId: string;
  /** Unit of the record ('' for inspection-wide records). */
  unitId: string;
  values: Record<string, Json | undefined>;
}

/** Who writes, and whether they lead (only the leader's edits replace others' values). */
export async function context(tx: EditStoreTx, inspectionId: string): Promise<EditContext> {
  const author = await tx.author(inspectionId);
  const state = author === SETUP_AUTHOR ? undefined : await tx.readRecords(inspectionId, [{ entity: 'member', recordId: author }]);
  const settles = author === SETUP_AUTHOR || valuesOf(getRecord(state!, 'member', author)).role === LEADER_ROLE;
  return { inspectionId, author, nextId: () => tx.nextId(), settles };
}

async function stateOf(tx: EditStoreTx, inspectionId: string, entity: EntityKind, recordId: string): Promise<DerivedState> {
  return tx.readRecords(inspectionId, [{ entity, recordId }]);
}

/** Save fields of one record; unchanged fields write nothing. Returns the number of edits written. */
export function saveFields(port: EditStorePort, change: FieldsChange): Promise<number> {
  return port.transaction(async (tx) => {
    const { inspectionId, entity, recordId, unitId, values } = change;
    const state = await stateOf(tx, inspectionId, entity, recordId);
    return tx.append(planFieldEdits(state, await context(tx, inspectionId), entity, recordId, unitId, values));
  });
}

/** Delete a record: removes exactly what this laptop shows of it now. */
export function deleteRecord(port: EditStorePort, inspectionId: string, entity: EntityKind, recordId: string): Promise<number> {
  return port.transaction(async (tx) => {
    const state = await stateOf(tx, inspectionId, entity, recordId);
    return tx.append(planDeletion(state, await context(tx, inspectionId), entity, recordId));
  });
}

export interface Settlement {
  inspectionId: string;
  entity: EntityKind;
  recordId: string;
  field: string;
  value: Json;
}

/** Settle a disagreement: one edit replacing every standing value of the field. */
export function settleDisagreement(port: EditStorePort, s: Settlement): Promise<number> {
  return port.transaction(async (tx) => {
    const state = await stateOf(tx, s.inspectionId, s.entity, s.recordId);
    return tx.append(planResolution(state, await context(tx, s.inspectionId), s.entity, s.recordId, s.field, s.value));
  });
}
