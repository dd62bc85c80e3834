/**
 * The move of a laptop's data from the file:// origin (versions before 0.2)
 * to app://: the old database is dumped whole and loaded into the new,
 * empty one at its old version, so AppDB then opens it as any laptop's.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { dumpDatabase, restoreDump } from '../../renderer/src/db/originMove';
import { AppDB } from '../../renderer/src/db/schema';
import { generateDeviceKeyPair } from '../../shared/exchange/crypto';
import { INSPECTION_ID, setupEdits } from '../unit/exchange/sample';
import { dumpDb } from './exchange-helpers';

const names: string[] = [];
const name = (n: string) => {
  const full = `${n}-${Math.random()}`;
  names.push(full);
  return full;
};
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

async function oldLaptop(dbName: string): Promise<AppDB> {
  const db = new AppDB(dbName);
  await db.edits.bulkPut(setupEdits());
  await db.inspections.put({ id: INSPECTION_ID, addedAt: 1, openedAt: 2 });
  await db.settings.bulkPut([
    { key: 'me:insp1', value: 'm1' },
    { key: 'deviceKeys', value: generateDeviceKeyPair() },
  ]);
  return db;
}

describe('moving the database to the app:// origin', () => {
  it('carries every row of every table into the new origin’s database', async () => {
    const old = await oldLaptop(name('file-origin'));
    const before = await dumpDb(old);
    old.close();
    const target = name('app-origin');
    expect(await restoreDump(await dumpDatabase(old.name), target)).toBe(true);
    const moved = new AppDB(target);
    expect(await dumpDb(moved)).toBe(before);
    // Indexes came along: the inspection's records are found by inspection.
    expect(await moved.edits.where('inspectionId').equals(INSPECTION_ID).count()).toBe(setupEdits().length);
    moved.close();
  });

  it('never writes into a database the new origin already has', async () => {
    const old = await oldLaptop(name('file-origin'));
    old.close();
    const target = name('app-origin');
    const existing = new AppDB(target);
    await existing.settings.put({ key: 'lastLocation', value: 'x' });
    const before = await dumpDb(existing);
    existing.close();
    expect(await restoreDump(await dumpDatabase(old.name), target)).toBe(false);
    const again = new AppDB(target);
    expect(await dumpDb(again)).toBe(before);
    again.close();
  });

  it('hands over an empty dump when the old origin has no database, and nothing is created from it', async () => {
    const target = name('app-origin');
    expect(await restoreDump(await dumpDatabase(name('absent')), target)).toBe(false);
    expect(await Dexie.exists(target)).toBe(false);
  });
});
