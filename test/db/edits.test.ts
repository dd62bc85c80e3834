import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type AppDB } from '../../renderer/src/db/schema';
import { EditStore, inspectionEdits, unitEdits } from '../../renderer/src/db/edits';
import { InspectionRepo } from '../../renderer/src/db/inspections';
import { setSetting, meKey } from '../../renderer/src/db/settings';
import { getRecord } from '../../shared/domain/derive';
import { responseId } from '../../shared/domain/edit';

let db: AppDB;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
});

describe('storage of edits', () => {
  it('writes answers as edit records carrying the member, and reads them back per unit', async () => {
    db = openDb(`t-${Math.random()}`);
    const store = await EditStore.open(db);
    await setSetting(db, meKey('i1'), 'm-lan');
    const repo = new InspectionRepo(db, store, 'i1');
    await repo.setFields('unit', 'u1', '', { name: 'Văn phòng Sở' });
    await repo.setFields('response', responseId('u1', 'tthc.ho-so-dung-han'), 'u1', { numerator: 1114, denominator: 1114 });
    await repo.setFields('response', responseId('u2', 'tthc.ho-so-dung-han'), 'u2', { numerator: 3, denominator: 4 });

    const edits = await inspectionEdits(db, 'i1');
    expect(edits).toHaveLength(5);
    expect(new Set(edits.map((e) => e.author))).toEqual(new Set(['m-lan']));

    const u1 = await unitEdits(db, 'i1', 'u1');
    expect(u1.map((e) => e.unitId).sort()).toEqual(['', 'u1', 'u1']);
    const state = await repo.state('u1');
    expect(getRecord(state, 'response', responseId('u1', 'tthc.ho-so-dung-han'))?.fields.numerator.value).toBe(1114);
  });

  it('keeps timestamps increasing across a restart, even if the wall clock went back', async () => {
    const name = `t-${Math.random()}`;
    db = openDb(name);
    let now = 1_000_000;
    const s1 = await EditStore.open(db, () => now);
    const repo1 = new InspectionRepo(db, s1, 'i1');
    await repo1.setFields('unit', 'u1', '', { name: 'A' });
    const first = (await inspectionEdits(db, 'i1'))[0].id;
    db.close();

    db = openDb(name);
    now = 5; // the laptop's clock was reset
    const s2 = await EditStore.open(db, () => now);
    expect(s2.deviceId).toBe(s1.deviceId);
    await new InspectionRepo(db, s2, 'i1').setFields('unit', 'u1', '', { name: 'B' });
    const ids = (await inspectionEdits(db, 'i1')).map((e) => e.id).sort();
    expect(ids[0]).toBe(first);
    expect(ids[1] > first).toBe(true);
  });

  it('saving the same value again writes nothing', async () => {
    db = openDb(`t-${Math.random()}`);
    const repo = new InspectionRepo(db, await EditStore.open(db), 'i1');
    expect(await repo.setFields('response', 'u1~x', 'u1', { comment: 'Đã kiểm tra' })).toBe(1);
    expect(await repo.setFields('response', 'u1~x', 'u1', { comment: 'Đã kiểm tra' })).toBe(0);
  });
});

describe('schema versions', () => {
  it('opens empty with the edit indexes the screens and the read model query', async () => {
    db = openDb(`t-${Math.random()}`);
    await db.open();
    // 2: the read model; 3: the draft journal (test/db/drafts.test.ts upgrades a version 1 database with data); 4: author segments and attached files.
    expect(db.verno).toBe(4);
    expect(db.tables.find((t) => t.name === 'segments')!.schema.indexes.map((i) => i.name)).toEqual(['inspectionId']);
    const edits = db.tables.find((t) => t.name === 'edits')!;
    expect(edits.schema.indexes.map((i) => i.name).sort()).toEqual([
      '[inspectionId+entity+recordId+field]',
      '[inspectionId+entity]',
      '[inspectionId+unitId]',
      'inspectionId',
      'replaces',
    ]);
  });
});
