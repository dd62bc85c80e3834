/**
 * Deriving only some records of a large inspection. Checking and previewing
 * a file needs the state of the few records it touches (and of the members
 * and units it names), not of all 100,000 edits; deriving everything again
 * for each file of a batch was most of the time spent checking it.
 */
import { deriveState, type DerivedState } from '../domain/derive';
import type { Edit, EntityKind } from '../domain/edit';

/** A set of records, by entity and record id, without building a key string per edit. */
export class RecordSet {
  private byId = new Map<string, Set<EntityKind>>();

  add(entity: EntityKind, recordId: string): void {
    const kinds = this.byId.get(recordId);
    if (kinds) kinds.add(entity);
    else this.byId.set(recordId, new Set([entity]));
  }

  has = (entity: EntityKind, recordId: string): boolean => this.byId.get(recordId)?.has(entity) ?? false;

  recordIds(): Iterable<string> {
    return this.byId.keys();
  }
}

/** This laptop's edits of an inspection, indexed once so each file's checks cost what the file touches. */
export interface EditIndex {
  byId: Map<string, Edit>;
  byRecordId: Map<string, Edit[]>;
  /** The edit (or edits) naming an id in `replaces`, by that id: mostly one, so no array for it. */
  replacersOf: Map<string, Edit | Edit[]>;
  members: Edit[];
  /** What the list looked like when indexed, to notice a list changed since. */
  length: number;
  last: Edit | undefined;
}

const indexes = new WeakMap<readonly Edit[], EditIndex>();

function addToIndex(index: EditIndex, edits: readonly Edit[]): void {
  const { byId, byRecordId, replacersOf, members } = index;
  for (const e of edits) {
    if (!byId.has(e.id)) byId.set(e.id, e);
    const same = byRecordId.get(e.recordId);
    if (same) same.push(e);
    else byRecordId.set(e.recordId, [e]);
    for (const r of e.replaces) {
      const seen = replacersOf.get(r);
      if (seen === undefined) replacersOf.set(r, e);
      else if (Array.isArray(seen)) seen.push(e);
      else replacersOf.set(r, [seen, e]);
    }
    if (e.entity === 'member') members.push(e);
  }
}

/** The index of a list of edits, built once per list (and again if the list grew or shrank since). */
export function indexOf(edits: readonly Edit[]): EditIndex {
  let index = indexes.get(edits);
  if (index && index.length === edits.length && index.last === edits[edits.length - 1]) return index;
  index = { byId: new Map(), byRecordId: new Map(), replacersOf: new Map(), members: [], length: 0, last: undefined };
  addToIndex(index, edits);
  index.length = edits.length;
  index.last = edits[edits.length - 1];
  indexes.set(edits, index);
  return index;
}

/**
 * Hand the index of `from` over to `to` = from.concat(added), adding only the
 * new edits: files of a batch are checked one after the other, each against
 * the laptop's edits plus the files before it. `from` loses its index (it is
 * rebuilt if `from` is asked for again).
 */
export function extendIndex(from: readonly Edit[], to: readonly Edit[], added: readonly Edit[]): void {
  const index = indexes.get(from);
  if (!index || index.length !== from.length || to.length !== from.length + added.length) return;
  indexes.delete(from);
  addToIndex(index, added);
  index.length = to.length;
  index.last = to[to.length - 1];
  indexes.set(to, index);
}

const replacersList = (index: EditIndex, id: string): readonly Edit[] => {
  const r = index.replacersOf.get(id);
  return r === undefined ? [] : Array.isArray(r) ? r : [r];
};

/**
 * A state in which every record of `wanted` is exactly as in
 * deriveState(base ∪ extra). A record's state depends only on its own edits
 * and on the edits that name them in `replaces` (whatever record those
 * belong to), so only those are derived. Other records may appear in the
 * result incomplete: read only wanted ones.
 */
export function deriveWanted(base: readonly Edit[], extra: readonly Edit[], wanted: RecordSet): DerivedState {
  const index = indexOf(base);
  const part = new Set<Edit>();
  for (const recordId of wanted.recordIds())
    for (const e of index.byRecordId.get(recordId) ?? []) if (wanted.has(e.entity, recordId)) part.add(e);
  for (const e of extra) if (wanted.has(e.entity, e.recordId)) part.add(e);
  const ids = new Set<string>();
  for (const e of part) ids.add(e.id);
  for (const id of ids) for (const e of replacersList(index, id)) part.add(e);
  for (const e of extra) if (e.replaces.length > 0 && e.replaces.some((r) => ids.has(r))) part.add(e);
  return deriveState([...part]);
}
