import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type AppDB } from '../../renderer/src/db/schema';
import { EditStore } from '../../renderer/src/db/edits';
import { InspectionRepo, touchInspection } from '../../renderer/src/db/inspections';
import { archiveInspection, deleteInspection, deletionImpact, restoreInspection } from '../../renderer/src/db/lifecycle';
import { getSetting, meKey, setSetting } from '../../renderer/src/db/settings';

let db: AppDB;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
});

async function twoInspections() {
  db = openDb(`lifecycle-${Math.random()}`);
  const store = await EditStore.open(db);
  for (const id of ['i1', 'i2']) {
    const repo = new InspectionRepo(db, store, id);
    await repo.setFields('unit', `${id}-u1`, '', { name: 'Văn phòng Sở' });
    await repo.setFields('response', `${id}-u1~tthc.cong-khai`, `${id}-u1`, { verdict: 'dat' });
    await repo.setFields('evidence', `${id}-ev`, `${id}-u1`, { itemId: 'tthc.cong-khai', docType: 'KH', number: '14/KH-SKHCN' });
    await setSetting(db, meKey(id), 'm1');
  }
}

describe('archiving and deleting an inspection on this laptop', () => {
  it('archive keeps every record and restore brings the entry back; editing keeps it archived', async () => {
    await twoInspections();
    const before = await db.edits.where('inspectionId').equals('i1').count();
    await archiveInspection(db, 'i1');
    expect((await db.inspections.get('i1'))?.archivedAt).toBeTypeOf('number');
    await touchInspection(db, 'i1');
    expect((await db.inspections.get('i1'))?.archivedAt).toBeTypeOf('number');
    expect(await db.edits.where('inspectionId').equals('i1').count()).toBe(before);
    await restoreInspection(db, 'i1');
    expect((await db.inspections.get('i1'))?.archivedAt).toBeUndefined();
  });

  it('delete states its impact, then removes that inspection’s records, entry and “Tôi là” only', async () => {
    await twoInspections();
    expect(await deletionImpact(db, 'i1')).toEqual({ units: 1, members: 0, answered: 1, evidence: 1, findings: 0, recommendations: 0, reportVersions: 0 });
    const other = await db.edits.where('inspectionId').equals('i2').count();
    await deleteInspection(db, 'i1');
    expect(await db.edits.where('inspectionId').equals('i1').count()).toBe(0);
    expect(await db.inspections.get('i1')).toBeUndefined();
    expect(await getSetting(db, meKey('i1'))).toBeUndefined();
    // Nothing of it is left in the read model either, while the other keeps its own.
    expect(await db.heads.where('inspectionId').equals('i1').count()).toBe(0);
    expect(await db.counts.where('inspectionId').equals('i1').count()).toBe(0);
    expect((await db.records.toArray()).filter((r) => r.inspectionId === 'i1')).toHaveLength(0);
    expect(await db.heads.where('inspectionId').equals('i2').count()).toBeGreaterThan(0);
    expect(await db.edits.where('inspectionId').equals('i2').count()).toBe(other);
    expect(await db.inspections.get('i2')).toBeDefined();
    expect(await getSetting(db, meKey('i2'))).toBe('m1');
  });
});
