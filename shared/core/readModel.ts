/**
 * The materialised read model: what deriveState computes from the whole edit
 * log, kept up to date one batch of new edits at a time so screens read rows
 * by index instead of deriving the inspection.
 *
 * Rows:
 * - a head row per record × field: the edits that currently stand (several
 *   with different values = an open disagreement);
 * - a record row per record: first edit, unit, deletion, and the facts the
 *   counters are made of (answered, authors, section, open fields);
 * - counters per inspection: answered responses per unit × section, standing
 *   answers / findings / recommendations per member, open disagreements per
 *   unit × section.
 *
 * The update is a pure function of the new edits and the rows of the records
 * they touch, so the Dexie adapter and the in-memory adapter run the same
 * code, and a rebuild is the same update applied to empty rows with every edit.
 * Every step is linear in the edits and heads it touches (maps and sets, no
 * scanning of a field's heads per edit).
 */
import { DELETED_FIELD, sameValue, type Edit, type EntityKind, type Json } from '../domain/edit';
import { isAnswered } from '../domain/views';
import type { ResponseValues } from '../domain/schemas';
import { sectionOfItem } from './sections';

export interface HeadRow {
  /** `${inspectionId}|${entity}/${recordId}|${field}` */
  key: string;
  inspectionId: string;
  entity: EntityKind;
  recordId: string;
  unitId: string;
  field: string;
  /** Standing edits, sorted by id; the last one is the value shown. */
  heads: Edit[];
  /** 1 when the heads disagree and the record is live (IndexedDB cannot index booleans). */
  open: 0 | 1;
}

export interface RecordRow {
  /** `${inspectionId}|${entity}/${recordId}` */
  key: string;
  inspectionId: string;
  entity: EntityKind;
  recordId: string;
  unitId: string;
  /** Id and author of the record's first edit. */
  createdAt: string;
  createdBy: string;
  deleted: 0 | 1;
  /** Checklist section the record belongs to ('' when none). */
  sectionId: string;
  /** Response records: 1 when the standing values answer the item. */
  answered: 0 | 1;
  /** Authors of the standing edits of every field. */
  authors: string[];
  /** Fields with an open disagreement. */
  open: number;
}

export interface CountRow {
  /** `${inspectionId}|${name}` */
  key: string;
  inspectionId: string;
  /** e.g. `answered|unitId|sectionId`, `answers|memberId`, `open|unitId|sectionId` (see counterNames). */
  name: string;
  n: number;
}

/** Everything the update needs to know about what is stored already, for the records it touches. */
export interface StoredContext {
  /** Record rows of the affected records (absent = record not seen yet). */
  records: ReadonlyMap<string, RecordRow>;
  /** Head rows of the affected records, every field. */
  heads: readonly HeadRow[];
  /** Ids among the new edits that a stored edit already replaces. */
  replacedByStored: ReadonlySet<string>;
  /** Stored edits that a new edit replaces (to find the record they stand in). */
  targets: readonly Edit[];
}

export interface ReadModelChanges {
  putRecords: RecordRow[];
  putHeads: HeadRow[];
  deleteHeads: string[];
  /** Counter name → change, per inspection key `${inspectionId}|${name}`. */
  countDeltas: Map<string, number>;
}

export function recordRowKey(inspectionId: string, entity: EntityKind, recordId: string): string {
  return `${inspectionId}|${entity}/${recordId}`;
}

export function headRowKey(inspectionId: string, entity: EntityKind, recordId: string, field: string): string {
  return `${recordRowKey(inspectionId, entity, recordId)}|${field}`;
}

export function countKey(inspectionId: string, name: string): string {
  return `${inspectionId}|${name}`;
}

/** The record keys a batch touches: its own records and those of the stored edits it replaces. */
export function affectedRecordKeys(fresh: readonly Edit[], targets: readonly Edit[]): string[] {
  const keys = new Set<string>();
  for (const e of fresh) keys.add(recordRowKey(e.inspectionId, e.entity, e.recordId));
  for (const e of targets) keys.add(recordRowKey(e.inspectionId, e.entity, e.recordId));
  return [...keys];
}

/** Every id a batch replaces (to look up the stored targets). */
export function replacedIds(fresh: readonly Edit[]): string[] {
  const ids = new Set<string>();
  for (const e of fresh) for (const r of e.replaces) ids.add(r);
  return [...ids];
}

interface WorkRecord {
  row: RecordRow;
  /** field → heads by id */
  fields: Map<string, Map<string, Edit>>;
  /** Head rows stored before, by field (to delete the ones that empty). */
  storedFields: Set<string>;
  changed: boolean;
}

/**
 * Apply a batch of edits not stored yet (duplicates within the batch are
 * ignored) to the rows of the records they touch.
 */
export function planReadModelUpdate(fresh: readonly Edit[], stored: StoredContext): ReadModelChanges {
  const batch = dedupe(fresh);
  const work = new Map<string, WorkRecord>();
  const before = new Map<string, RecordRow>();

  const recordFor = (e: Edit): WorkRecord => {
    const key = recordRowKey(e.inspectionId, e.entity, e.recordId);
    let w = work.get(key);
    if (!w) {
      const row = stored.records.get(key);
      if (row) before.set(key, row);
      w = {
        row: row
          ? { ...row }
          : { key, inspectionId: e.inspectionId, entity: e.entity, recordId: e.recordId, unitId: e.unitId, createdAt: e.id, createdBy: e.author, deleted: 0, sectionId: '', answered: 0, authors: [], open: 0 },
        fields: new Map(),
        storedFields: new Set(),
        changed: !row,
      };
      work.set(key, w);
    }
    return w;
  };

  for (const h of stored.heads) {
    const w = work.get(recordRowKey(h.inspectionId, h.entity, h.recordId)) ?? recordFor(h.heads[0]);
    w.storedFields.add(h.field);
    w.fields.set(h.field, new Map(h.heads.map((e) => [e.id, e])));
  }

  // Ids replaced by anything in the batch, and ids in the batch replaced by stored edits.
  const replacedByBatch = new Set<string>();
  for (const e of batch) for (const r of e.replaces) replacedByBatch.add(r);

  for (const e of batch) {
    const w = recordFor(e);
    if (e.id < w.row.createdAt) {
      w.row.createdAt = e.id;
      w.row.createdBy = e.author;
      w.row.unitId = e.unitId || w.row.unitId;
      w.changed = true;
    }
  }
  // Stored heads the batch replaces leave their field (whatever record they stand in).
  for (const t of stored.targets) {
    const w = work.get(recordRowKey(t.inspectionId, t.entity, t.recordId));
    const heads = w?.fields.get(t.field);
    if (w && heads?.delete(t.id)) w.changed = true;
  }
  for (const e of batch) {
    if (replacedByBatch.has(e.id) || stored.replacedByStored.has(e.id)) continue;
    const w = recordFor(e);
    let heads = w.fields.get(e.field);
    if (!heads) w.fields.set(e.field, (heads = new Map()));
    heads.set(e.id, e);
    w.changed = true;
  }

  const out: ReadModelChanges = { putRecords: [], putHeads: [], deleteHeads: [], countDeltas: new Map() };
  for (const w of work.values()) {
    if (!w.changed) continue;
    const old = before.get(w.row.key);
    const { row, headRows } = settleRecord(w);
    out.putRecords.push(row);
    for (const h of headRows) out.putHeads.push(h);
    for (const f of w.storedFields) if (!w.fields.get(f)?.size) out.deleteHeads.push(headRowKey(row.inspectionId, row.entity, row.recordId, f));
    if (old) for (const name of counterNames(old)) addDelta(out.countDeltas, countKey(old.inspectionId, name), old.open && name.startsWith('open|') ? -old.open : -1);
    for (const name of counterNames(row)) addDelta(out.countDeltas, countKey(row.inspectionId, name), row.open && name.startsWith('open|') ? row.open : 1);
  }
  for (const [k, d] of out.countDeltas) if (d === 0) out.countDeltas.delete(k);
  return out;
}

function dedupe(edits: readonly Edit[]): Edit[] {
  const seen = new Set<string>();
  const out: Edit[] = [];
  for (const e of edits) if (!seen.has(e.id)) (seen.add(e.id), out.push(e));
  return out;
}

function addDelta(map: Map<string, number>, key: string, d: number): void {
  map.set(key, (map.get(key) ?? 0) + d);
}

const byId = (a: Edit, b: Edit) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Sorted heads, standing value and disagreement of each field; then the record's own facts. */
function settleRecord(w: WorkRecord): { row: RecordRow; headRows: HeadRow[] } {
  const row = w.row;
  const settled: { field: string; heads: Edit[]; conflict: boolean }[] = [];
  for (const [field, map] of w.fields) {
    if (map.size === 0) continue;
    const heads = [...map.values()].sort(byId);
    settled.push({ field, heads, conflict: isConflict(heads) });
  }
  // A deletion removes what its author saw; its edit replaces every head it saw,
  // so the record is deleted when the deletion stands and nothing else does.
  const del = settled.find((s) => s.field === DELETED_FIELD);
  const deleted = !!del && del.heads[del.heads.length - 1].value === true && settled.every((s) => s.field === DELETED_FIELD);
  row.deleted = deleted ? 1 : 0;

  const values: Record<string, Json> = {};
  const authors = new Set<string>();
  let open = 0;
  for (const s of settled) {
    if (s.field !== DELETED_FIELD) values[s.field] = s.heads[s.heads.length - 1].value;
    for (const h of s.heads) authors.add(h.author);
    if (s.conflict) open++;
  }
  row.authors = [...authors].sort();
  row.open = deleted ? 0 : open;
  row.sectionId = sectionOfRecord(row.entity, row.recordId, values);
  row.answered = row.entity === 'response' && !deleted && isAnswered(values as Partial<ResponseValues>) ? 1 : 0;
  const headRows = settled.map<HeadRow>((s) => ({
    key: headRowKey(row.inspectionId, row.entity, row.recordId, s.field),
    inspectionId: row.inspectionId,
    entity: row.entity,
    recordId: row.recordId,
    unitId: row.unitId,
    field: s.field,
    heads: s.heads,
    open: s.conflict && !deleted ? 1 : 0,
  }));
  return { row, headRows };
}

function isConflict(heads: readonly Edit[]): boolean {
  if (heads.length < 2) return false;
  const top = heads[heads.length - 1].value;
  return heads.some((h) => !sameValue(h.value, top));
}

/** Unit of a response comes from its id (unit~item), as progress counts it; other records carry theirs. */
export function unitOfRecord(row: Pick<RecordRow, 'entity' | 'recordId' | 'unitId'>): string {
  if (row.entity === 'response') {
    const i = row.recordId.indexOf('~');
    return i >= 0 ? row.recordId.slice(0, i) : row.unitId;
  }
  return row.unitId;
}

function sectionOfRecord(entity: EntityKind, recordId: string, values: Record<string, Json>): string {
  if (entity === 'response') return sectionOfItem(recordId.slice(recordId.indexOf('~') + 1));
  if (entity === 'finding' || entity === 'recommendation') return typeof values.sectionId === 'string' ? values.sectionId : '';
  if (entity === 'evidence' || entity === 'attachment') return typeof values.itemId === 'string' ? sectionOfItem(values.itemId) : '';
  return '';
}

/**
 * The counters a record contributes to (+1 each; `open|…` counts its open
 * fields). They match what progressOf, authoredCounts and disagreements count.
 */
export function counterNames(row: RecordRow): string[] {
  if (row.deleted) return [];
  const out: string[] = [];
  const unit = unitOfRecord(row);
  if (row.open) out.push(`open|${row.unitId}|${row.sectionId}`);
  if (row.entity === 'response') {
    if (row.answered && row.sectionId) out.push(`answered|${unit}|${row.sectionId}`);
    for (const a of row.authors) out.push(`answers|${a}`);
  } else if (row.entity === 'finding') out.push(`findings|${row.createdBy}`);
  else if (row.entity === 'recommendation') out.push(`recommendations|${row.createdBy}`);
  return out;
}

/** Add counter deltas to the stored counter rows; rows that reach zero are deleted. */
export function applyCountDeltas(stored: ReadonlyMap<string, CountRow>, deltas: ReadonlyMap<string, number>): { put: CountRow[]; remove: string[] } {
  const put: CountRow[] = [];
  const remove: string[] = [];
  for (const [key, d] of deltas) {
    const n = (stored.get(key)?.n ?? 0) + d;
    if (n === 0) remove.push(key);
    else {
      const bar = key.indexOf('|');
      put.push({ key, inspectionId: key.slice(0, bar), name: key.slice(bar + 1), n });
    }
  }
  return { put, remove };
}
