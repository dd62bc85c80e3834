/**
 * Attached files on a laptop: stored once by content hash, attached and
 * removed by edits (so removal is undone like any deletion), and carried to
 * the leader once.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type AppDB } from '../../renderer/src/db/schema';
import { EditStore, inspectionEdits } from '../../renderer/src/db/edits';
import { InspectionRepo } from '../../renderer/src/db/inspections';
import { filesForPackage, noteFilesSent, storeFile, storeReceivedFiles } from '../../renderer/src/db/files';
import { restoreRecord } from '../../renderer/src/db/undo';
import { attachmentsOf } from '../../shared/domain/views';
import { sha256Hex } from '../../shared/exchange';

let db: AppDB;
afterEach(async () => {
  db?.close();
});

const bytes = (n: number, size = 2048) => Uint8Array.from({ length: size }, (_, i) => (i * n) & 255);

async function attach(repo: InspectionRepo, id: string, data: Uint8Array, evidenceId = 'ev1') {
  const sha256 = await storeFile(repo.db, data);
  await repo.setFields('attachment', id, 'u1', { evidenceId, itemId: 'tthc.ho-so-dung-han', name: `${id}.jpg`, type: 'image/jpeg', size: data.length, sha256 });
  return sha256;
}

async function setup() {
  db = openDb(`t-${Math.random()}`);
  const repo = new InspectionRepo(db, await EditStore.open(db), 'i1');
  await repo.setFields('evidence', 'ev1', 'u1', { itemId: 'tthc.ho-so-dung-han', docType: 'BC', number: '45/BC-VP' });
  return repo;
}

describe('attached files', () => {
  it('stores the same photo once, whoever attaches it and however often', async () => {
    const repo = await setup();
    const photo = bytes(3);
    const h1 = await attach(repo, 'a1', photo);
    const h2 = await attach(repo, 'a2', photo.slice());
    expect(h1).toBe(sha256Hex(photo));
    expect(h2).toBe(h1);
    expect(await db.files.count()).toBe(1);
    expect(attachmentsOf(await repo.state('u1'), 'u1', 'ev1').map((a) => a.values.name)).toEqual(['a1.jpg', 'a2.jpg']);
  });

  it('removing an attachment is an edit that "Hoàn tác" undoes; removing its entry hides it too', async () => {
    const repo = await setup();
    await attach(repo, 'a1', bytes(3));
    await repo.remove('attachment', 'a1', 'u1');
    expect(attachmentsOf(await repo.state('u1'), 'u1')).toEqual([]);
    await restoreRecord(repo, 'attachment', 'a1', 'u1');
    expect(attachmentsOf(await repo.state('u1'), 'u1').map((a) => a.id)).toEqual(['a1']);
    await repo.remove('evidence', 'ev1', 'u1');
    expect(attachmentsOf(await repo.state('u1'), 'u1')).toEqual([]);
  });

  it("a member's results carry each file once: files already sent to the leader stay home", async () => {
    const repo = await setup();
    const first = await attach(repo, 'a1', bytes(3));
    let pkg = await filesForPackage(db, 'results', await inspectionEdits(db, 'i1'), 'i1');
    expect(pkg.sent).toEqual([first]);
    expect(pkg.bytes[first]).toEqual(bytes(3));
    await noteFilesSent(db, 'i1', pkg.sent);
    const second = await attach(repo, 'a2', bytes(5));
    pkg = await filesForPackage(db, 'results', await inspectionEdits(db, 'i1'), 'i1');
    expect(pkg.sent).toEqual([second]);
    // The merged state and a backup carry every file; a set-up package none.
    expect((await filesForPackage(db, 'merged', await inspectionEdits(db, 'i1'), 'i1')).sent.sort()).toEqual([first, second].sort());
    expect((await filesForPackage(db, 'setup', await inspectionEdits(db, 'i1'), 'i1')).sent).toEqual([]);
  });

  it('received files are added once and never overwrite a stored one', async () => {
    db = openDb(`t-${Math.random()}`);
    const photo = bytes(7);
    const h = sha256Hex(photo);
    expect(await storeReceivedFiles(db, { [h]: photo })).toBe(1);
    expect(await storeReceivedFiles(db, { [h]: photo })).toBe(0);
    expect((await db.files.get(h))?.data).toEqual(photo);
  });
});

describe('schema version 4', () => {
  it('opens a version 3 database with its data and adds the empty file store', async () => {
    const name = `t-${Math.random()}`;
    const old = new Dexie(name);
    old.version(3).stores({
      edits: '&id, inspectionId, [inspectionId+unitId], [inspectionId+entity], *replaces, [inspectionId+entity+recordId+field]',
      inspections: '&id, openedAt',
      settings: '&key',
      heads: '&key, inspectionId, [inspectionId+entity+recordId], [inspectionId+unitId], [inspectionId+entity], [inspectionId+open]',
      records: '&key, [inspectionId+entity], [inspectionId+unitId]',
      counts: '&key, inspectionId',
      drafts: '&key, inspectionId',
    });
    await old.table('inspections').put({ id: 'i1', addedAt: 1, openedAt: 2 });
    await old.table('drafts').put({ key: 'k', inspectionId: 'i1', unitId: 'u1', itemId: 'x', field: 'text', text: 'đang gõ', id: 'x' });
    old.close();

    db = openDb(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.inspections.get('i1')).toEqual({ id: 'i1', addedAt: 1, openedAt: 2 });
    expect((await db.drafts.get('k'))?.text).toBe('đang gõ');
    expect(await db.files.count()).toBe(0);
  });
});
