import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type AppDB } from '../../../renderer/src/db/schema';
import { EditStore, inspectionEdits } from '../../../renderer/src/db/edits';
import { InspectionRepo } from '../../../renderer/src/db/inspections';
import { meKey, setSetting } from '../../../renderer/src/db/settings';
import { deriveState, getRecord } from '../../../shared/domain/derive';

let db: AppDB;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
});

describe('saving a report part from its own edits', () => {
  it('replaces the standing text, skips an unchanged one, and leaves other records alone', async () => {
    db = openDb(`t-${Math.random()}`);
    const store = await EditStore.open(db);
    await setSetting(db, meKey('i1'), 'm-hoa');
    const repo = new InspectionRepo(db, store, 'i1');
    await repo.setFields('unit', 'u1', '', { name: 'Văn phòng Sở' });
    await repo.setFields('reportPart', 'C', '', { text: 'Kết luận khác.' });

    expect(await repo.setEntityFields('reportPart', 'B.1', { text: 'Ưu điểm thứ nhất.' })).toBe(1);
    expect(await repo.setEntityFields('reportPart', 'B.1', { text: 'Ưu điểm thứ nhất.' })).toBe(0);
    expect(await repo.setEntityFields('reportPart', 'B.1', { text: 'Ưu điểm đã sửa.' })).toBe(1);

    const edits = await inspectionEdits(db, 'i1');
    const b1 = edits.filter((e) => e.recordId === 'B.1');
    // The second text replaces the first: one standing value, no disagreement.
    expect(b1[1].replaces).toEqual([b1[0].id]);
    const state = deriveState(edits);
    expect(getRecord(state, 'reportPart', 'B.1')?.fields.text).toMatchObject({ value: 'Ưu điểm đã sửa.', conflict: false, author: 'm-hoa' });
    expect(getRecord(state, 'reportPart', 'C')?.fields.text.value).toBe('Kết luận khác.');
    expect(getRecord(state, 'unit', 'u1')?.fields.name.value).toBe('Văn phòng Sở');
  });
});
