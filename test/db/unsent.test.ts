/** A member's edits not yet in a results package they saved are counted; saving one clears the count, later typing counts again. */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type AppDB } from '../../renderer/src/db/schema';
import { EditStore } from '../../renderer/src/db/edits';
import { InspectionRepo } from '../../renderer/src/db/inspections';
import { meKey, setSetting } from '../../renderer/src/db/settings';
import { prepareSentMark, unsentSummary } from '../../renderer/src/db/unsent';
import { responseId } from '../../shared/domain/edit';

let db: AppDB;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
});

describe('unsent changes', () => {
  it('counts my edits after the last saved results package, not the others', async () => {
    db = openDb(`t-${Math.random()}`);
    const store = await EditStore.open(db);
    const leader = new InspectionRepo(db, store, 'i1');
    await leader.setFields('member', 'm-binh', '', { name: 'Trần Thị Bình', role: 'thanh-vien' });
    await setSetting(db, meKey('i1'), 'm-binh');
    const repo = new InspectionRepo(db, store, 'i1');
    const item = (n: number) => responseId('u1', `item-${n}`);
    await repo.setFields('response', item(1), 'u1', { comment: 'một' });
    await repo.setFields('response', item(2), 'u1', { comment: 'hai', count: 3 });
    expect(await unsentSummary(db, 'i1')).toEqual({ memberId: 'm-binh', role: 'thanh-vien', count: 3 });

    const markSent = await prepareSentMark(db, 'i1');
    await markSent();
    expect((await unsentSummary(db, 'i1'))?.count).toBe(0);

    await repo.setFields('response', item(1), 'u1', { comment: 'một nữa' });
    expect((await unsentSummary(db, 'i1'))?.count).toBe(1);
  });

  it('typing between preparing the package and saving it stays counted', async () => {
    db = openDb(`t-${Math.random()}`);
    const store = await EditStore.open(db);
    await setSetting(db, meKey('i1'), 'm-binh');
    const repo = new InspectionRepo(db, store, 'i1');
    await repo.setFields('response', responseId('u1', 'a'), 'u1', { comment: 'một' });
    const markSent = await prepareSentMark(db, 'i1');
    await repo.setFields('response', responseId('u1', 'b'), 'u1', { comment: 'hai' });
    await markSent();
    expect((await unsentSummary(db, 'i1'))?.count).toBe(1);
  });
});
