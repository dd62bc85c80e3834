/**
 * The Dexie side of the read model: writing edits together with their
 * read-model changes (always inside the caller's transaction over
 * writeTables), and reading screen state from head rows by index.
 */
import Dexie, { type Table, type Transaction } from 'dexie';
import type { StoredSegment } from '../../../shared/exchange/segments';
import { disagreementsFromHeads, stateFromRows } from '../../../shared/core/fromRows';
import {
  affectedRecordKeys,
  applyCountDeltas,
  planReadModelUpdate,
  recordRowKey,
  replacedIds,
  type CountRow,
  type HeadRow,
  type RecordRow,
} from '../../../shared/core/readModel';
import type { RecordRef } from '../../../shared/core/port';
import type { DerivedState, Disagreement } from '../../../shared/domain/derive';
import type { Edit, EntityKind } from '../../../shared/domain/edit';
import type { AppDB, InspectionEntry, SettingRow } from './schema';

/**
 * The tables a read or write goes through: the database itself, or tables
 * bound to one transaction (boundTables). Bound tables never depend on
 * Dexie's tracking of the ambient transaction across native async calls,
 * which loses it in some await chains and commits the transaction early.
 */
export interface Tables {
  edits: Table<Edit, string>;
  heads: Table<HeadRow, string>;
  records: Table<RecordRow, string>;
  counts: Table<CountRow, string>;
  settings: Table<SettingRow, string>;
  inspections: Table<InspectionEntry, string>;
  segments: Table<StoredSegment, string>;
}

export function boundTables(trans: Transaction): Tables {
  return {
    edits: trans.table('edits'),
    heads: trans.table('heads'),
    records: trans.table('records'),
    counts: trans.table('counts'),
    settings: trans.table('settings'),
    inspections: trans.table('inspections'),
    segments: trans.table('segments'),
  };
}

/** Every table a write of edits touches: a transaction writing edits must include all of them. */
export function writeTables(db: AppDB) {
  return [db.edits, db.settings, db.heads, db.records, db.counts, db.inspections, db.segments];
}

/** Rows per write request (see applyImport): large enough for IndexedDB's bulk speed, small enough for a moving progress bar. */
export const WRITE_CHUNK = 1000;

async function inChunks<T, R>(items: readonly T[], fn: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += WRITE_CHUNK) out.push(...(await fn(items.slice(i, i + WRITE_CHUNK))));
  return out;
}

/**
 * Store the edits this database does not have yet and update the read model,
 * in the caller's transaction (opened over writeTables, tables bound to it). An id
 * already stored is skipped, never overwritten: an edit is immutable, and a
 * crafted file must not change what someone wrote. Returns how many were new.
 */
export async function appendEdits(db: Tables, edits: readonly Edit[], onProgress?: (done: number, total: number) => void): Promise<number> {
  if (edits.length === 0) return 0;
  const unique = new Map<string, Edit>();
  for (const e of edits) if (!unique.has(e.id)) unique.set(e.id, e);
  const ids = [...unique.keys()];
  const had = await inChunks(ids, (chunk) => db.edits.where(':id').anyOf(chunk).primaryKeys());
  for (const id of had) unique.delete(id);
  const fresh = [...unique.values()];
  if (fresh.length === 0) return 0;

  // What is stored already about the records the new edits touch.
  const freshIds = new Set(fresh.map((e) => e.id));
  const replacers = await inChunks([...freshIds], (chunk) => db.edits.where('replaces').anyOf(chunk).toArray());
  const replacedByStored = new Set<string>();
  for (const r of replacers) for (const id of r.replaces) if (freshIds.has(id)) replacedByStored.add(id);
  const targets = (await inChunks(replacedIds(fresh), (chunk) => db.edits.bulkGet(chunk))).filter((e): e is Edit => !!e);
  const keys = affectedRecordKeys(fresh, targets);
  const records = new Map<string, RecordRow>();
  for (const r of await inChunks(keys, (chunk) => db.records.bulkGet(chunk))) if (r) records.set(r.key, r);
  const tuples = [...records.values()].map((r) => [r.inspectionId, r.entity, r.recordId]);
  const heads = await inChunks(tuples, (chunk) => db.heads.where('[inspectionId+entity+recordId]').anyOf(chunk).toArray());
  const changes = planReadModelUpdate(fresh, { records, heads, replacedByStored, targets });

  // Progress counts every edit asked for; the ones already here are done from the start.
  const skipped = edits.length - fresh.length;
  for (let i = 0; i < fresh.length; i += WRITE_CHUNK) {
    await db.edits.bulkAdd(fresh.slice(i, i + WRITE_CHUNK));
    onProgress?.(skipped + Math.min(i + WRITE_CHUNK, fresh.length), edits.length);
  }
  if (changes.deleteHeads.length) await db.heads.bulkDelete(changes.deleteHeads);
  await db.heads.bulkPut(changes.putHeads);
  await db.records.bulkPut(changes.putRecords);
  const countKeys = [...changes.countDeltas.keys()];
  const stored = new Map<string, CountRow>();
  for (const c of await db.counts.bulkGet(countKeys)) if (c) stored.set(c.key, c);
  const counts = applyCountDeltas(stored, changes.countDeltas);
  if (counts.remove.length) await db.counts.bulkDelete(counts.remove);
  await db.counts.bulkPut(counts.put);
  return fresh.length;
}

/** Standing state of the given records. */
export async function recordsState(db: Tables, inspectionId: string, refs: readonly RecordRef[]): Promise<DerivedState> {
  const keys = refs.map((r) => recordRowKey(inspectionId, r.entity, r.recordId));
  const [records, heads] = await Promise.all([
    db.records.bulkGet(keys),
    db.heads.where('[inspectionId+entity+recordId]').anyOf(refs.map((r) => [inspectionId, r.entity, r.recordId])).toArray(),
  ]);
  return stateFromRows(
    records.filter((r): r is RecordRow => !!r),
    heads,
  );
}

/** Standing state of every record of the given kinds. */
export async function entitiesState(db: Tables, inspectionId: string, entities: readonly EntityKind[]): Promise<DerivedState> {
  const pairs = entities.map((e) => [inspectionId, e]);
  const [records, heads] = await Promise.all([
    db.records.where('[inspectionId+entity]').anyOf(pairs).toArray(),
    db.heads.where('[inspectionId+entity]').anyOf(pairs).toArray(),
  ]);
  return stateFromRows(records, heads);
}

/** Inspection-wide records (inspection, units, members, report) plus one unit's: what the checklist of that unit needs. */
export async function unitState(db: Tables, inspectionId: string, unitId: string): Promise<DerivedState> {
  const units = unitId ? [[inspectionId, ''], [inspectionId, unitId]] : [[inspectionId, '']];
  const [records, heads] = await Promise.all([
    db.records.where('[inspectionId+unitId]').anyOf(units).toArray(),
    db.heads.where('[inspectionId+unitId]').anyOf(units).toArray(),
  ]);
  return stateFromRows(records, heads);
}

/** Standing state of the whole inspection (report, export), from rows: no pass over the edit log. */
export async function inspectionState(db: Tables, inspectionId: string): Promise<DerivedState> {
  const range = (t: Tables['records'] | Tables['heads']) => t.where('[inspectionId+unitId]').between([inspectionId, Dexie.minKey], [inspectionId, Dexie.maxKey]);
  const [records, heads] = await Promise.all([range(db.records).toArray() as Promise<RecordRow[]>, range(db.heads).toArray() as Promise<HeadRow[]>]);
  return stateFromRows(records, heads);
}

/** Open disagreements of an inspection, by the open-head index. */
export async function openDisagreements(db: Tables, inspectionId: string): Promise<Disagreement[]> {
  return disagreementsFromHeads(await db.heads.where('[inspectionId+open]').equals([inspectionId, 1]).toArray());
}

/** The inspection's counters by name (see counterNames in shared/core/readModel.ts). */
export async function inspectionCounts(db: Tables, inspectionId: string): Promise<Map<string, number>> {
  const rows = await db.counts.where('inspectionId').equals(inspectionId).toArray();
  return new Map(rows.map((c) => [c.name, c.n]));
}

/** Every value ever written to one field, oldest first, by index. */
export async function fieldEdits(db: Tables, inspectionId: string, entity: EntityKind, recordId: string, field: string): Promise<Edit[]> {
  return db.edits.where('[inspectionId+entity+recordId+field]').equals([inspectionId, entity, recordId, field]).sortBy('id');
}

/** Ids of the inspection's edits of some kinds, keys only, sorted (the report's data hash), by index. */
export async function editIdsOf(db: Tables, inspectionId: string, entities: readonly EntityKind[]): Promise<string[]> {
  const ids = await db.edits.where('[inspectionId+entity]').anyOf(entities.map((e) => [inspectionId, e])).primaryKeys();
  // Code-unit order, the same on every machine (no locale collation).
  return (ids as string[]).sort();
}

/** Ids of the inspection's edits except one kind (the report's data hash), keys only. */
export async function editIdsExcept(db: Tables, inspectionId: string, entity: EntityKind): Promise<string[]> {
  const [all, except] = await Promise.all([
    db.edits.where('inspectionId').equals(inspectionId).primaryKeys(),
    db.edits.where('[inspectionId+entity]').equals([inspectionId, entity]).primaryKeys(),
  ]);
  if (except.length === 0) return all;
  const skip = new Set(except);
  return all.filter((id) => !skip.has(id));
}
