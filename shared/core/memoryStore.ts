/**
 * The in-memory adapter: the edit log and its read model in plain maps. Unit
 * tests run the use cases on it, and rebuildReadModel uses it to build the
 * read model from a log in one batch.
 */
import type { Edit } from '../domain/edit';
import {
  affectedRecordKeys,
  applyCountDeltas,
  planReadModelUpdate,
  replacedIds,
  type CountRow,
  type HeadRow,
  type RecordRow,
} from './readModel';

export class MemoryReadModel {
  readonly edits = new Map<string, Edit>();
  /** Edit id → ids of the stored edits that replace it (what the Dexie `*replaces` index answers). */
  private readonly replacedBy = new Map<string, string[]>();
  readonly records = new Map<string, RecordRow>();
  readonly heads = new Map<string, HeadRow>();
  /** Head row keys per record row key. */
  private readonly headsOfRecord = new Map<string, Set<string>>();
  readonly counts = new Map<string, CountRow>();

  /** Store the edits not stored yet and update the read model. Returns how many were new. */
  append(edits: readonly Edit[]): number {
    const fresh: Edit[] = [];
    const seen = new Set<string>();
    for (const e of edits) if (!this.edits.has(e.id) && !seen.has(e.id)) (seen.add(e.id), fresh.push(e));
    if (fresh.length === 0) return 0;
    const replacedByStored = new Set(fresh.filter((e) => this.replacedBy.has(e.id)).map((e) => e.id));
    const targets = replacedIds(fresh)
      .map((id) => this.edits.get(id))
      .filter((e): e is Edit => !!e);
    const keys = affectedRecordKeys(fresh, targets);
    const records = new Map<string, RecordRow>();
    const heads: HeadRow[] = [];
    for (const k of keys) {
      const r = this.records.get(k);
      if (r) records.set(k, r);
      for (const hk of this.headsOfRecord.get(k) ?? []) heads.push(this.heads.get(hk)!);
    }
    const changes = planReadModelUpdate(fresh, { records, heads, replacedByStored, targets });
    for (const e of fresh) {
      this.edits.set(e.id, e);
      for (const r of e.replaces) {
        const list = this.replacedBy.get(r);
        if (list) list.push(e.id);
        else this.replacedBy.set(r, [e.id]);
      }
    }
    for (const r of changes.putRecords) this.records.set(r.key, r);
    for (const k of changes.deleteHeads) {
      this.heads.delete(k);
      this.headsOfRecord.get(k.slice(0, k.lastIndexOf('|')))?.delete(k);
    }
    for (const h of changes.putHeads) {
      this.heads.set(h.key, h);
      const rk = h.key.slice(0, h.key.length - h.field.length - 1);
      let set = this.headsOfRecord.get(rk);
      if (!set) this.headsOfRecord.set(rk, (set = new Set()));
      set.add(h.key);
    }
    const counts = applyCountDeltas(this.counts, changes.countDeltas);
    for (const k of counts.remove) this.counts.delete(k);
    for (const c of counts.put) this.counts.set(c.key, c);
    return fresh.length;
  }
}

/** The read model of an edit log, built in one batch (what the Dexie upgrade writes for an existing database). */
export function rebuildReadModel(edits: readonly Edit[]): MemoryReadModel {
  const m = new MemoryReadModel();
  m.append(edits);
  return m;
}
