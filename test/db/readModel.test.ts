/**
 * The Dexie read model on fake-indexeddb: kept in the same transaction as
 * the edits (an aborted write leaves neither), equal to a rebuild from the
 * edit log however the edits arrived, and built by the version 2 upgrade for
 * a database that already holds edits.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { EditStore } from '../../renderer/src/db/edits';
import { boundTables, inspectionState, openDisagreements, writeTables } from '../../renderer/src/db/readModel';
import { AppDB, openDb } from '../../renderer/src/db/schema';
import { rebuildReadModel, type MemoryReadModel } from '../../shared/core/memoryStore';
import { deriveState, disagreements, mergeEdits } from '../../shared/domain/derive';
import { stableStringify, type Edit } from '../../shared/domain/edit';
import { generateInspection, QUICK } from '../bench/generator';
import { arrivals } from '../unit/core/histories';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

function fresh(name = `rm-${Math.random()}`): AppDB {
  const db = openDb(name);
  opened.push(db);
  return db;
}

const small = () => generateInspection({ ...QUICK, edits: 600, findings: 10, concurrentShare: 0.3 });

async function rowsOf(db: AppDB): Promise<string> {
  const sorted = <T extends { key: string }>(xs: T[]) => xs.sort((a, b) => (a.key < b.key ? -1 : 1));
  return stableStringify({ records: sorted(await db.records.toArray()), heads: sorted(await db.heads.toArray()), counts: sorted(await db.counts.toArray()) } as never);
}

function rowsOfModel(m: MemoryReadModel): string {
  const sorted = <T extends { key: string }>(xs: Iterable<T>) => [...xs].sort((a, b) => (a.key < b.key ? -1 : 1));
  return stableStringify({ records: sorted(m.records.values()), heads: sorted(m.heads.values()), counts: sorted(m.counts.values()) } as never);
}

describe('read model in IndexedDB', () => {
  it('a write that fails part way leaves neither the edits nor any read-model row', async () => {
    const db = fresh();
    const store = await EditStore.open(db);
    const li = small();
    const edits = mergeEdits(...li.byMember);
    await expect(
      db.transaction('rw', writeTables(db), async (trans) => {
        await store.appendHere(boundTables(trans), edits);
        throw new Error('mất điện giữa chừng');
      }),
    ).rejects.toThrow('mất điện');
    expect(await db.edits.count()).toBe(0);
    expect(await db.heads.count()).toBe(0);
    expect(await db.records.count()).toBe(0);
    expect(await db.counts.count()).toBe(0);

    // A failure inside the read-model write itself aborts the edits too.
    db.counts.hook('creating', () => {
      throw new Error('đĩa đầy');
    });
    await expect(store.write(edits)).rejects.toThrow();
    expect(await db.edits.count()).toBe(0);
    expect(await db.heads.count()).toBe(0);
  });

  it('for random team histories arriving in shuffled batches, equals the rebuild from the edit log', async () => {
    await fc.assert(
      fc.asyncProperty(arrivals, async ({ all, batches }) => {
        const db = fresh();
        const store = await EditStore.open(db);
        for (const b of batches) await store.write(b);
        expect(await rowsOf(db)).toBe(rowsOfModel(rebuildReadModel(mergeEdits(all))));
        expect((await openDisagreements(db, 'i')).length).toBe(disagreements(deriveState(all)).length);
        db.close();
      }),
      { numRuns: 25, endOnFailure: true },
    );
  });

  it('a generated inspection written in shuffled batches, with duplicates, equals the rebuild and what deriveState shows', async () => {
    const db = fresh();
    const store = await EditStore.open(db);
    const li = small();
    // Each member's file concatenated unsorted, the leader's twice: what a person's imports look like.
    const arrivals = li.byMember.flat().concat(li.byMember[0]);
    const batches: Edit[][] = [];
    for (let i = 0, n = 1; i < arrivals.length; i += n, n = (n * 7) % 97 || 1) batches.push(arrivals.slice(i, i + n));
    for (const b of batches.reverse()) await store.write(b);
    const all = mergeEdits(...li.byMember);
    expect(await rowsOf(db)).toBe(rowsOfModel(rebuildReadModel(all)));
    const derived = deriveState(all);
    const fromRows = await inspectionState(db, li.inspectionId);
    expect(fromRows.records.size).toBe(derived.records.size);
    const open = await openDisagreements(db, li.inspectionId);
    expect(open.length).toBe(disagreements(derived).length);
    expect(open.length).toBeGreaterThan(0);
  });

  it('the version 2 upgrade builds the read model of a version 1 database from its edits', async () => {
    const name = `rm-v1-${Math.random()}`;
    const li = small();
    const all = mergeEdits(...li.byMember);
    // A laptop still on version 1: only the edit log.
    const v1 = new Dexie(name);
    v1.version(1).stores({ edits: '&id, inspectionId, [inspectionId+unitId], [inspectionId+entity]', inspections: '&id, openedAt', settings: '&key' });
    await v1.table('edits').bulkPut(li.byMember.flat());
    await v1.table('inspections').put({ id: li.inspectionId, addedAt: 1, openedAt: 1 });
    v1.close();

    const db = fresh(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);
    expect(await db.edits.count()).toBe(all.length);
    expect(await rowsOf(db)).toBe(rowsOfModel(rebuildReadModel(all)));
    expect((await openDisagreements(db, li.inspectionId)).length).toBe(disagreements(deriveState(all)).length);
  });
});
