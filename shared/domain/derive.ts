/**
 * Derive the current state of records from a set of edits.
 *
 * For each field, the heads are the edits no other edit replaces. One head (or
 * several heads with the same value) is a settled value; heads with different
 * values are a disagreement, shown to the team leader. The value shown while a
 * disagreement stands is the head with the greatest timestamp, so every
 * laptop shows the same thing whatever the order it received the edits in.
 */
import { DELETED_FIELD, type EntityKind, type Edit, type Json, recordKey, sameValue } from './edit';

export interface FieldState {
  value: Json;
  /** The edits that currently stand (more than one with different values = disagreement). */
  heads: Edit[];
  conflict: boolean;
  /** Member id and time of the standing value. */
  author: string;
  editId: string;
}

export interface RecordState {
  entity: EntityKind;
  id: string;
  unitId: string;
  fields: Record<string, FieldState>;
  /** Author and timestamp of the first edit of the record. */
  createdBy: string;
  createdAt: string;
  deleted: boolean;
}

export interface DerivedState {
  records: Map<string, RecordState>;
}

/** Index of which edits are replaced, split so deletions never hide field values. */
function replacedSets(edits: readonly Edit[]): { replaced: Set<string>; seenByDelete: Set<string> } {
  const replaced = new Set<string>();
  const seenByDelete = new Set<string>();
  for (const e of edits) {
    const target = e.field === DELETED_FIELD ? seenByDelete : replaced;
    for (const r of e.replaces) target.add(r);
    // An un-delete (value false) or a repeated deletion replaces earlier deletion edits too.
    if (e.field === DELETED_FIELD) for (const r of e.replaces) replaced.add(r);
  }
  return { replaced, seenByDelete };
}

/**
 * How often deriveState ran and on how many edits. Screens read the read
 * model instead; the browser tests read these counts (exposed by the
 * renderer when asked) to show that no screen derives a whole inspection.
 */
export const deriveStats = { calls: 0, edits: 0, largest: 0 };

export function deriveState(edits: Iterable<Edit>): DerivedState {
  const list = Array.isArray(edits) ? (edits as Edit[]) : [...edits];
  deriveStats.calls++;
  deriveStats.edits += list.length;
  if (list.length > deriveStats.largest) deriveStats.largest = list.length;
  const { replaced, seenByDelete } = replacedSets(list);
  const records = new Map<string, RecordState>();
  // Records are found by the edit's own recordId string and fields by name in
  // a per-record map, so no key string is built per edit: with 100 000 edits
  // the concatenated keys (and hashing them) were most of derivation's time.
  const byRecordId = new Map<string, RecordState[]>();
  const headsOf = new Map<RecordState, Map<string, Edit[]>>();
  // An edit listed twice (unsorted concatenations of edit sets) counts once;
  // one set for all ids keeps this linear where scanning a field's heads per
  // edit was quadratic in concurrent values (100,000 on one field: 98 s).
  // (An id is a field's edit only once; a different field under a reused id still counts, as it always did.)
  const seen = new Map<string, Edit>();

  for (const e of list) {
    const twin = seen.get(e.id);
    if (twin && (twin === e || (twin.recordId === e.recordId && twin.field === e.field && twin.entity === e.entity))) continue;
    if (!twin) seen.set(e.id, e);
    const candidates = byRecordId.get(e.recordId);
    let rec: RecordState | undefined;
    if (candidates) for (const c of candidates) if (c.entity === e.entity) rec = c;
    if (!rec) {
      rec = { entity: e.entity, id: e.recordId, unitId: e.unitId, fields: {}, createdBy: e.author, createdAt: e.id, deleted: false };
      records.set(recordKey(e.entity, e.recordId), rec);
      if (candidates) candidates.push(rec);
      else byRecordId.set(e.recordId, [rec]);
    } else if (e.id < rec.createdAt) {
      rec.createdAt = e.id;
      rec.createdBy = e.author;
      rec.unitId = e.unitId || rec.unitId;
    }
    if (replaced.has(e.id)) continue;
    let fields = headsOf.get(rec);
    if (!fields) headsOf.set(rec, (fields = new Map()));
    const heads = fields.get(e.field);
    if (heads) heads.push(e);
    else fields.set(e.field, [e]);
  }

  for (const [rec, fields] of headsOf) {
    for (const [field, heads] of fields) {
      if (heads.length > 1) heads.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const top = heads[heads.length - 1];
      const conflict = heads.length > 1 && heads.some((h) => !sameValue(h.value, top.value));
      rec.fields[field] = { value: top.value, heads, conflict, author: top.author, editId: top.id };
    }
  }

  for (const rec of records.values()) {
    const del = rec.fields[DELETED_FIELD];
    if (!del || del.value !== true) continue;
    // A deletion removes only what its author saw: a field value written
    // concurrently with the deletion keeps the record alive.
    rec.deleted = Object.entries(rec.fields).every(
      ([name, f]) => name === DELETED_FIELD || f.heads.every((h) => seenByDelete.has(h.id)),
    );
  }
  return { records };
}

/** Live (not deleted) records of one kind, in creation order. */
export function recordsOf(state: DerivedState, entity: EntityKind): RecordState[] {
  const out: RecordState[] = [];
  for (const r of state.records.values()) if (r.entity === entity && !r.deleted) out.push(r);
  return out.sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
}

export function getRecord(state: DerivedState, entity: EntityKind, id: string): RecordState | undefined {
  const r = state.records.get(recordKey(entity, id));
  return r && !r.deleted ? r : undefined;
}

/** A record's fields as a plain object of current values (deletion marker left out). */
export function valuesOf(rec: RecordState | undefined): Record<string, Json> {
  const out: Record<string, Json> = {};
  if (!rec) return out;
  for (const [k, f] of Object.entries(rec.fields)) if (k !== DELETED_FIELD) out[k] = f.value;
  return out;
}

export interface Disagreement {
  entity: EntityKind;
  recordId: string;
  unitId: string;
  field: string;
  heads: Edit[];
}

export function disagreements(state: DerivedState): Disagreement[] {
  const out: Disagreement[] = [];
  for (const rec of state.records.values()) {
    if (rec.deleted) continue;
    for (const [field, f] of Object.entries(rec.fields)) {
      if (f.conflict) out.push({ entity: rec.entity, recordId: rec.id, unitId: rec.unitId, field, heads: f.heads });
    }
  }
  return out;
}

/** Every value ever written to one field, oldest first. */
export function fieldHistory(edits: Iterable<Edit>, entity: EntityKind, recordId: string, field: string): Edit[] {
  const out: Edit[] = [];
  for (const e of edits) if (e.entity === entity && e.recordId === recordId && e.field === field) out.push(e);
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Union of edit sets by id: the whole of merging. Order-free and idempotent; the result is sorted by id. */
export function mergeEdits(...sets: Iterable<Edit>[]): Edit[] {
  const lists = sets.map((set) => (Array.isArray(set) ? (set as Edit[]) : [...set]));
  // Packages and stored sets arrive sorted by id: merging sorted lists is
  // linear per round, where a Map and a full sort of 100,000 ids is not.
  if (lists.every(isSortedById)) {
    let round = lists;
    while (round.length > 1) {
      const next: Edit[][] = [];
      for (let i = 0; i < round.length; i += 2) next.push(i + 1 < round.length ? mergeSorted(round[i], round[i + 1]) : round[i]);
      round = next;
    }
    return round.length ? dedupeSorted(round[0]) : [];
  }
  const byId = new Map<string, Edit>();
  for (const list of lists) for (const e of list) if (!byId.has(e.id)) byId.set(e.id, e);
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function isSortedById(list: readonly Edit[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i - 1].id > list[i].id) return false;
  return true;
}

/** Merge two id-sorted lists; on equal ids the first list's edit comes first (and is kept by dedupeSorted). */
function mergeSorted(a: readonly Edit[], b: readonly Edit[]): Edit[] {
  const out: Edit[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = b[j].id < a[i].id ? b[j++] : a[i++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

function dedupeSorted(list: Edit[]): Edit[] {
  const out: Edit[] = [];
  for (const e of list) if (out.length === 0 || out[out.length - 1].id !== e.id) out.push(e);
  return out;
}
