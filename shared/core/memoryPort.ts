/**
 * The in-memory adapter of the storage port, for unit tests of the use
 * cases: a transaction's edits are held back and applied when its work
 * succeeds, so a failed use case leaves nothing, as with IndexedDB.
 */
import type { DerivedState } from '../domain/derive';
import type { Edit, EntityKind } from '../domain/edit';
import type { StoredSegment } from '../exchange/segments';
import { stateFromRows } from './fromRows';
import { MemoryReadModel } from './memoryStore';
import type { EditStorePort, EditStoreTx } from './port';
import { recordRowKey, type HeadRow, type RecordRow } from './readModel';

export class MemoryPort implements EditStorePort {
  readonly model = new MemoryReadModel();
  private counter = 0;
  /** Who writes, per inspection ("Tôi là …"). */
  readonly authors = new Map<string, string>();
  private queue: Promise<unknown> = Promise.resolve();
  /** Leader keys pinned, by inspection. */
  readonly leaderKeys = new Map<string, string>();
  /** Author segments kept, by hash. */
  readonly segments = new Map<string, StoredSegment>();
  /** Inspections on this laptop's list. */
  readonly listed = new Set<string>();

  constructor(private readonly node = 'mem') {}

  transaction<T>(work: (tx: EditStoreTx) => Promise<T>): Promise<T> {
    // One transaction at a time, like IndexedDB's read-write transactions over the same tables.
    const run = this.queue.then(() => this.run(work));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async run<T>(work: (tx: EditStoreTx) => Promise<T>): Promise<T> {
    const pending: Edit[] = [];
    const keptSegments: StoredSegment[] = [];
    const m = this.model;
    const select = (inspectionId: string, keep: (r: RecordRow) => boolean): DerivedState => {
      const records = [...m.records.values()].filter((r) => r.inspectionId === inspectionId && keep(r));
      const keys = new Set(records.map((r) => r.key));
      const heads = [...m.heads.values()].filter((h: HeadRow) => keys.has(recordRowKey(h.inspectionId, h.entity, h.recordId)));
      return stateFromRows(records, heads);
    };
    const tx: EditStoreTx = {
      readRecords: async (inspectionId, refs) => {
        const keys = new Set(refs.map((r) => recordRowKey(inspectionId, r.entity, r.recordId)));
        return select(inspectionId, (r) => keys.has(r.key));
      },
      readEntities: async (inspectionId, entities: readonly EntityKind[]) => select(inspectionId, (r) => entities.includes(r.entity)),
      readInspection: async (inspectionId) => select(inspectionId, () => true),
      editIdsExcept: async (inspectionId, entity) => [...m.edits.values()].filter((e) => e.inspectionId === inspectionId && e.entity !== entity).map((e) => e.id),
      append: async (edits) => {
        const before = pending.length;
        const seen = new Set(pending.map((e) => e.id));
        for (const e of edits) if (!m.edits.has(e.id) && !seen.has(e.id)) (seen.add(e.id), pending.push(e));
        return pending.length - before;
      },
      author: async (inspectionId) => this.authors.get(inspectionId) ?? 'setup',
      listInspection: async (inspectionId) => {
        if (this.listed.has(inspectionId)) return false;
        if (![...m.edits.values(), ...pending].some((e) => e.inspectionId === inspectionId)) return false;
        this.listed.add(inspectionId);
        return true;
      },
      pinLeaderKey: async (inspectionId, leaderKey) => {
        this.leaderKeys.set(inspectionId, leaderKey);
      },
      keepSegments: async (segments) => {
        for (const seg of segments) keptSegments.push(seg);
      },
      nextId: () => `${String(++this.counter).padStart(15, '0')}-0000-${this.node}`,
    };
    const result = await work(tx);
    m.append(pending);
    for (const seg of keptSegments) this.segments.set(seg.hash, seg);
    return result;
  }
}
