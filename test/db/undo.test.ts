/** Undoing a deletion brings the record back with its values, as a new edit: the history keeps both states. */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type AppDB } from '../../renderer/src/db/schema';
import { EditStore, inspectionEdits } from '../../renderer/src/db/edits';
import { InspectionRepo } from '../../renderer/src/db/inspections';
import { restoreRecord } from '../../renderer/src/db/undo';
import { DELETED_FIELD } from '../../shared/domain/edit';
import { findingsOf } from '../../shared/domain/views';

let db: AppDB;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
});

describe('undo a deletion', () => {
  it('brings a deleted shortcoming back with its text and cause, keeping the deletion in the history', async () => {
    db = openDb(`t-${Math.random()}`);
    const repo = new InspectionRepo(db, await EditStore.open(db), 'i1');
    await repo.setFields('finding', 'f1', 'u1', { sectionId: 's2', kind: 'shortcoming', text: 'Tỷ lệ thanh toán trực tuyến thấp', cause: 'Người dân chưa quen' });
    await repo.remove('finding', 'f1', 'u1');
    expect(findingsOf(await repo.state('u1'), 'u1', 's2')).toEqual([]);

    await restoreRecord(repo, 'finding', 'f1', 'u1');
    const back = findingsOf(await repo.state('u1'), 'u1', 's2');
    expect(back.map((f) => f.values)).toEqual([{ sectionId: 's2', kind: 'shortcoming', text: 'Tỷ lệ thanh toán trực tuyến thấp', cause: 'Người dân chưa quen' }]);
    const marks = (await inspectionEdits(db, 'i1')).filter((e) => e.field === DELETED_FIELD).map((e) => e.value);
    expect(marks).toEqual([true, false]);
  });
});
