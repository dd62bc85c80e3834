/**
 * Screen state from read-model rows: the same RecordState shapes deriveState
 * produces, built from the standing heads of the records a screen needs
 * (no pass over the edit log).
 */
import type { DerivedState, Disagreement, FieldState, RecordState } from '../domain/derive';
import { recordKey, sameValue } from '../domain/edit';
import type { HeadRow, RecordRow } from './readModel';

export function fieldStateOf(row: HeadRow): FieldState {
  const top = row.heads[row.heads.length - 1];
  const conflict = row.heads.length > 1 && row.heads.some((h) => h !== top && !sameValue(h.value, top.value));
  return { value: top.value, heads: row.heads, conflict, author: top.author, editId: top.id };
}

/** A DerivedState of the given records (their head rows may come in any order). */
export function stateFromRows(records: Iterable<RecordRow>, heads: Iterable<HeadRow>): DerivedState {
  const out = new Map<string, RecordState>();
  const byRowKey = new Map<string, RecordState>();
  for (const r of records) {
    const rec: RecordState = { entity: r.entity, id: r.recordId, unitId: r.unitId, fields: {}, createdBy: r.createdBy, createdAt: r.createdAt, deleted: r.deleted === 1 };
    out.set(recordKey(r.entity, r.recordId), rec);
    byRowKey.set(r.key, rec);
  }
  for (const h of heads) {
    const rec = byRowKey.get(h.key.slice(0, h.key.length - h.field.length - 1));
    if (rec) rec.fields[h.field] = fieldStateOf(h);
  }
  return { records: out };
}

/** Open disagreements from head rows flagged open, in a stable order (unit, record, field). */
export function disagreementsFromHeads(heads: Iterable<HeadRow>): Disagreement[] {
  const out: Disagreement[] = [];
  for (const h of heads) if (h.open) out.push({ entity: h.entity, recordId: h.recordId, unitId: h.unitId, field: h.field, heads: h.heads });
  return out.sort((a, b) => cmp(a.unitId, b.unitId) || cmp(a.entity, b.entity) || cmp(a.recordId, b.recordId) || cmp(a.field, b.field));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
