/**
 * Returning an inspection to the state of a backup without erasing
 * anything: for every field whose standing value differs from the backup's,
 * one new edit that sets it back; for a record created since the backup, a
 * deletion; for a record deleted since, an un-delete. The history keeps both
 * states, and the result merges with other laptops like any other edits.
 */
import { deriveState, type DerivedState, type RecordState } from '../domain/derive';
import { DELETED_FIELD, type Edit, type Json } from '../domain/edit';
import { formatNumber } from '../domain/format';
import { planDeletion, planFieldEdits, type EditContext } from '../domain/write';
import type { EditStorePort } from './port';

export interface ReturnPlan {
  edits: Edit[];
  /** Fields set back to the backup's value. */
  cells: number;
  /** Records created since the backup, deleted again. */
  removed: number;
  /** Records deleted since the backup, brought back. */
  restored: number;
}

/**
 * A laptop's signing key is not content: a key registered since the backup
 * stays, or that member's files would be refused.
 */
const KEPT_FIELDS = new Set(['member/publicKey']);

/** The value that empties a field the backup did not have yet. */
function emptyLike(v: Json): Json {
  if (typeof v === 'string') return '';
  if (Array.isArray(v)) return [];
  if (typeof v === 'boolean') return false;
  return null;
}

const live = (r: RecordState | undefined): r is RecordState => !!r && !r.deleted;

export function planReturnToBackup(current: DerivedState, backup: DerivedState, ctx: EditContext): ReturnPlan {
  const plan: ReturnPlan = { edits: [], cells: 0, removed: 0, restored: 0 };
  const keys = new Set([...current.records.keys(), ...backup.records.keys()]);
  for (const key of [...keys].sort()) {
    const c = current.records.get(key);
    const b = backup.records.get(key);
    const { entity, id } = (c ?? b)!;
    if (!live(b)) {
      if (live(c)) {
        plan.edits.push(...planDeletion(current, ctx, entity, id));
        plan.removed++;
      }
      continue;
    }
    const values: Record<string, Json> = {};
    for (const [field, f] of Object.entries(b.fields)) if (field !== DELETED_FIELD) values[field] = f.value;
    for (const [field, f] of Object.entries(c?.fields ?? {})) if (field !== DELETED_FIELD && !(field in values)) values[field] = emptyLike(f.value);
    for (const field of Object.keys(values)) if (KEPT_FIELDS.has(`${entity}/${field}`)) delete values[field];
    const fieldEdits = planFieldEdits(current, ctx, entity, id, c?.unitId || b.unitId, values);
    plan.edits.push(...fieldEdits);
    // A deletion took its record's values with it (they stop standing), so a
    // restored record is written whole; it counts as one restored record.
    if (!c?.deleted) plan.cells += fieldEdits.length;
    if (c?.deleted) {
      plan.edits.push(...planFieldEdits(current, ctx, entity, id, c.unitId, { [DELETED_FIELD]: false }));
      plan.restored++;
    }
  }
  return plan;
}

/** "Sẽ đổi lại 12 ô, xóa 1 bản ghi tạo sau bản sao lưu, khôi phục 1 bản ghi đã xóa." */
export function returnPlanSentence(p: Pick<ReturnPlan, 'cells' | 'removed' | 'restored'>): string {
  if (!p.cells && !p.removed && !p.restored) return 'Cuộc kiểm tra đang giống bản sao lưu này; không có gì phải đổi lại.';
  const parts: string[] = [];
  if (p.cells) parts.push(`đổi lại ${formatNumber(p.cells)} ô`);
  if (p.removed) parts.push(`xóa ${formatNumber(p.removed)} bản ghi tạo sau bản sao lưu`);
  if (p.restored) parts.push(`khôi phục ${formatNumber(p.restored)} bản ghi đã xóa từ sau bản sao lưu`);
  const text = parts.join(', ');
  return `Sẽ ${text}.`;
}

/** Plan against the standing state from the read model; with `write`, store the plan in the same transaction. */
function run(port: EditStorePort, inspectionId: string, backupEdits: readonly Edit[], write: boolean): Promise<ReturnPlan> {
  const backup = deriveState(backupEdits.filter((e) => e.inspectionId === inspectionId));
  return port.transaction(async (tx) => {
    const current = await tx.readInspection(inspectionId);
    const ctx: EditContext = { inspectionId, author: await tx.author(inspectionId), nextId: () => tx.nextId() };
    const plan = planReturnToBackup(current, backup, write ? ctx : { ...ctx, nextId: () => '' });
    if (write) await tx.append(plan.edits);
    return plan;
  });
}

/** What returning to the backup would change (nothing is written). */
export function previewReturnToBackup(port: EditStorePort, inspectionId: string, backupEdits: readonly Edit[]): Promise<ReturnPlan> {
  return run(port, inspectionId, backupEdits, false);
}

/** Return the inspection to the backup's state as new edits, in one transaction. */
export function returnToBackup(port: EditStorePort, inspectionId: string, backupEdits: readonly Edit[]): Promise<ReturnPlan> {
  return run(port, inspectionId, backupEdits, true);
}
