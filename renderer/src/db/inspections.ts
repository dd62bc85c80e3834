/** Storage of inspections: the list, creating one, and writing records through edits. */
import { deriveState, type DerivedState } from '../../../shared/domain/derive';
import type { EntityKind, Json } from '../../../shared/domain/edit';
import { planDeletion, planFieldEdits, planResolution, type EditContext } from '../../../shared/domain/write';
import { entityEdits, inspectionEdits, unitEdits, type EditStore } from './edits';
import type { AppDB } from './schema';
import { meKey } from './settings';

export function newId(): string {
  return crypto.randomUUID().replace(/-/g, '').slice(0, 20);
}

/** The id the local leader uses as author before any member exists (creating the inspection). */
export const SETUP_AUTHOR = 'setup';

export async function authorFor(db: AppDB, inspectionId: string): Promise<string> {
  return ((await db.settings.get(meKey(inspectionId)))?.value as string | undefined) ?? SETUP_AUTHOR;
}

export async function touchInspection(db: AppDB, id: string): Promise<void> {
  const now = Date.now();
  const existing = await db.inspections.get(id);
  // Keeps the rest of the row (an archived inspection stays archived while it is edited).
  await db.inspections.put({ ...existing, id, addedAt: existing?.addedAt ?? now, openedAt: now });
}

/** Reads and writes one inspection's records. Every write is a set of edits, atomically stored. */
export class InspectionRepo {
  constructor(
    readonly db: AppDB,
    readonly store: EditStore,
    readonly inspectionId: string,
  ) {}

  private async ctx(): Promise<EditContext> {
    return { inspectionId: this.inspectionId, author: await authorFor(this.db, this.inspectionId), nextId: this.store.nextId };
  }

  async state(unitId?: string): Promise<DerivedState> {
    const edits = unitId === undefined ? await inspectionEdits(this.db, this.inspectionId) : await unitEdits(this.db, this.inspectionId, unitId);
    return deriveState(edits);
  }

  /** Set fields of one record. Only changed fields produce edits. Returns the number of edits written. */
  async setFields(entity: EntityKind, recordId: string, unitId: string, values: Record<string, Json | undefined>): Promise<number> {
    const state = await this.state(unitId || undefined);
    const edits = planFieldEdits(state, await this.ctx(), entity, recordId, unitId, values);
    await this.store.write(edits);
    if (edits.length) await touchInspection(this.db, this.inspectionId);
    return edits.length;
  }

  /**
   * setFields for an inspection-wide record (unitId ''), planned from the
   * edits of its entity only: a record's heads depend on its own edits, so
   * this plans the same edits, without reading and deriving every edit of a
   * large inspection on each save (the report's parts save as the leader types).
   */
  async setEntityFields(entity: EntityKind, recordId: string, values: Record<string, Json | undefined>): Promise<number> {
    const state = deriveState(await entityEdits(this.db, this.inspectionId, entity));
    const edits = planFieldEdits(state, await this.ctx(), entity, recordId, '', values);
    await this.store.write(edits);
    if (edits.length) await touchInspection(this.db, this.inspectionId);
    return edits.length;
  }

  async remove(entity: EntityKind, recordId: string, unitId: string): Promise<void> {
    const state = await this.state(unitId || undefined);
    await this.store.write(planDeletion(state, await this.ctx(), entity, recordId));
  }

  async resolve(entity: EntityKind, recordId: string, unitId: string, field: string, value: Json): Promise<void> {
    const state = await this.state(unitId || undefined);
    await this.store.write(planResolution(state, await this.ctx(), entity, recordId, field, value));
  }
}
