/**
 * The hostile corpus against the leader's real database (Dexie over
 * fake-indexeddb): each attack is refused with its own Vietnamese message
 * naming the file, and the database is byte-identical afterwards, also
 * when the refused check is handed to the import. The relay substitution
 * leaves the genuine file its new records.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EditStore } from '../../renderer/src/db/edits';
import { applyImport, checkImportFiles } from '../../renderer/src/db/exchange';
import { AppDB } from '../../renderer/src/db/schema';
import { meKey } from '../../renderer/src/db/settings';
import { genuineCuongFile, hostileCorpus, leaderBase } from '../fixtures/exchange/hostile';
import { INSPECTION_ID } from '../unit/exchange/sample';
import { dumpDb } from './exchange-helpers';

const corpus = hostileCorpus();

async function leaderDb(extra: Parameters<EditStore['write']>[0] = []): Promise<{ db: AppDB; store: EditStore }> {
  const db = new AppDB(`hostile-${Math.random()}`);
  const store = await EditStore.open(db);
  await store.write([...leaderBase(), ...extra]);
  await db.inspections.put({ id: INSPECTION_ID, addedAt: 1, openedAt: 1 });
  await db.settings.put({ key: meKey(INSPECTION_ID), value: 'm1' });
  return { db, store };
}

describe('hostile packages at the leader’s laptop', () => {
  let shared: { db: AppDB; store: EditStore };
  beforeAll(async () => {
    shared = await leaderDb();
  });
  afterAll(async () => {
    shared.db.close();
    await shared.db.delete();
  });

  for (const c of corpus) {
    it(`${c.attack} (${c.file}) is refused and changes nothing`, async () => {
      const { db, store } = c.extra ? await leaderDb(c.extra) : shared;
      const before = await dumpDb(db);
      const checks = await checkImportFiles(db, [{ name: c.file, data: c.bytes }], INSPECTION_ID);
      const r = checks[0];
      expect(r.ok ? 'accepted' : r.error.code).toBe(c.code);
      if (r.ok) return;
      if (typeof c.message === 'string') expect(r.error.message).toBe(c.message);
      else expect(r.error.message).toMatch(c.message);
      expect(r.error.message).toContain(`"${c.file}"`);
      expect(r.error.message).not.toMatch(/[A-Za-z]+Error|undefined|Invalid|expected/);
      await applyImport(db, store, checks);
      expect(await dumpDb(db)).toBe(before);
    });
  }

  it('after the relay substitution is refused, Cường’s genuine file still brings its records', async () => {
    const relay = corpus.find((c) => c.file === 'chuyen-tiep-trao-doi.tkt')!;
    const { db, store } = await leaderDb();
    const refused = await checkImportFiles(db, [{ name: relay.file, data: relay.bytes }], INSPECTION_ID);
    await applyImport(db, store, refused);
    const checks = await checkImportFiles(db, [{ name: 'ket-qua-cuong.tkt', data: genuineCuongFile() }], INSPECTION_ID);
    expect(checks[0].ok && checks[0].preview.newEdits.map((e) => e.value)).toEqual(['dat', 'Đã niêm yết đủ']);
    const outcome = await applyImport(db, store, checks);
    expect(outcome.written).toBe(2);
  });
});
