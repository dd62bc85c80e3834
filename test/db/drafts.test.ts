/**
 * The draft journal: typing that did not become an edit before a crash is
 * replayed at start with the time it was typed, refused values stay with
 * their message, and a stored draft is cleared only if nothing newer was typed.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_NAME, openDb, type AppDB } from '../../renderer/src/db/schema';
import { EditStore, inspectionEdits } from '../../renderer/src/db/edits';
import { InspectionRepo } from '../../renderer/src/db/inspections';
import { allDrafts, DraftJournal, draftKey, type DraftRow } from '../../renderer/src/db/drafts';
import { meKey, setSetting } from '../../renderer/src/db/settings';
import { replayJournal } from '../../renderer/src/features/checklist/replayJournal';
import { responseOf } from '../../shared/domain/views';
import { timestampMillis } from '../../shared/domain/clock';

let db: AppDB;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
});

const ITEM = 'tthc.ho-so-dung-han';
const row = (store: EditStore, field: string, text: string, extra: Partial<DraftRow> = {}): DraftRow => ({
  key: draftKey('i1', 'u1', ITEM, field),
  inspectionId: 'i1',
  unitId: 'u1',
  itemId: ITEM,
  field,
  text,
  id: store.nextId(),
  ...extra,
});

describe('draft journal', () => {
  it('replays typing left in the journal as edits carrying the time it was typed, by the member who typed', async () => {
    db = openDb(`t-${Math.random()}`);
    let now = 1_700_000_000_000;
    const before = await EditStore.open(db, () => now);
    await setSetting(db, meKey('i1'), 'm-binh');
    const journal = new DraftJournal(db);
    const typed = row(before, 'comment', 'Sổ theo dõi đầy đủ');
    journal.record(typed);
    await journal.flushed();
    // The browser is killed here: no edit was written. Later the app starts again.
    now += 60_000;
    const after = await EditStore.open(db, () => now);
    const result = await replayJournal(db, after);

    expect(result).toEqual({ written: 1, refused: 0 });
    const edits = await inspectionEdits(db, 'i1');
    expect(edits).toHaveLength(1);
    expect(edits[0]).toMatchObject({ field: 'comment', value: 'Sổ theo dõi đầy đủ', author: 'm-binh', id: typed.id });
    expect(timestampMillis(edits[0].id)).toBe(1_700_000_000_000);
    expect(await allDrafts(db)).toEqual([]);
    // Later edits still sort after the replayed one.
    expect(after.nextId() > typed.id).toBe(true);
  });

  it('keeps a refused pair in the journal with its message and writes neither half, not even the valid one', async () => {
    db = openDb(`t-${Math.random()}`);
    const store = await EditStore.open(db);
    const journal = new DraftJournal(db);
    journal.record(row(store, 'numerator', '21'));
    journal.record(row(store, 'denominator', '5'));
    await journal.flushed();
    const result = await replayJournal(db, await EditStore.open(db));

    expect(result).toEqual({ written: 0, refused: 2 });
    expect(await inspectionEdits(db, 'i1')).toEqual([]);
    const kept = await allDrafts(db);
    expect(kept.map((d) => [d.field, d.text]).sort()).toEqual([
      ['denominator', '5'],
      ['numerator', '21'],
    ]);
    expect(kept.find((d) => d.field === 'numerator')?.error).toMatch(/Tử số \(21\) không được lớn hơn mẫu số \(5\)/);
    expect(kept.find((d) => d.field === 'denominator')?.error).toBeTruthy();
  });

  it('does not clear a draft when newer typing replaced it while the older text was being stored', async () => {
    db = openDb(`t-${Math.random()}`);
    const store = await EditStore.open(db);
    const journal = new DraftJournal(db);
    const older = row(store, 'comment', 'Sổ theo');
    journal.record(older);
    const newer = row(store, 'comment', 'Sổ theo dõi');
    journal.record(newer);
    // The save of the older text finishes after the newer keystroke was journalled.
    await journal.settle([{ key: older.key, id: older.id }]);
    expect((await allDrafts(db)).map((d) => d.text)).toEqual(['Sổ theo dõi']);
    await journal.settle([{ key: newer.key, id: newer.id }]);
    expect(await allDrafts(db)).toEqual([]);
  });

  it('writes one keystroke batch at a time and never loses the latest text of a field', async () => {
    db = openDb(`t-${Math.random()}`);
    const store = await EditStore.open(db);
    const journal = new DraftJournal(db);
    const texts = ['S', 'Sổ', 'Sổ t', 'Sổ th', 'Sổ the', 'Sổ theo'];
    for (const t of texts) {
      journal.record(row(store, 'comment', t));
      await Promise.resolve();
    }
    await journal.flushed();
    expect((await allDrafts(db)).map((d) => d.text)).toEqual(['Sổ theo']);
  });

  it('a replayed answer is what the checklist then shows', async () => {
    db = openDb(`t-${Math.random()}`);
    const store = await EditStore.open(db);
    const journal = new DraftJournal(db);
    journal.record(row(store, 'numerator', '1.114'));
    journal.record(row(store, 'denominator', '1.114'));
    await journal.flushed();
    const again = await EditStore.open(db);
    await replayJournal(db, again);
    const state = await new InspectionRepo(db, again, 'i1').state('u1');
    expect(responseOf(state, 'u1', ITEM)?.values).toMatchObject({ numerator: 1114, denominator: 1114 });
  });
});

describe('schema version 3', () => {
  it('opens a version 1 database with its data and adds the empty draft journal (and, at 4, the file store)', async () => {
    const name = `t-${Math.random()}`;
    const old = new Dexie(name);
    old.version(1).stores({ edits: '&id, inspectionId, [inspectionId+unitId], [inspectionId+entity]', inspections: '&id, openedAt', settings: '&key' });
    await old.table('settings').put({ key: 'deviceId', value: 'abc123' });
    await old.table('inspections').put({ id: 'i1', addedAt: 1, openedAt: 2 });
    old.close();

    db = openDb(name);
    expect(DB_NAME).toBe('tu-kiem-tra');
    expect(await db.inspections.get('i1')).toEqual({ id: 'i1', addedAt: 1, openedAt: 2 });
    expect((await EditStore.open(db)).deviceId).toBe('abc123');
    expect(await db.drafts.count()).toBe(0);
    expect(await db.segments.count()).toBe(0);
    expect(db.verno).toBe(4);
  });
});
