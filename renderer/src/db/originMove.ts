/**
 * The renderer's half of the one-time move from the file:// origin to app://
 * (electron/main/services/origin-move.ts). On the old origin: dump the whole
 * database, schema included. On the new one: if its database does not exist
 * yet, create it at the old version with the old rows, so that opening AppDB
 * afterwards runs every later upgrade on them like on any laptop.
 */
import Dexie from 'dexie';
import { DB_NAME } from './schema';

interface Dump {
  format: 'tkt-idb-dump-1';
  version: number;
  tables: { name: string; schema: string; rows: unknown[] }[];
}

export async function dumpDatabase(name: string = DB_NAME): Promise<Uint8Array> {
  const dump: Dump = { format: 'tkt-idb-dump-1', version: 0, tables: [] };
  if (await Dexie.exists(name)) {
    // Opened without a declared schema: Dexie reads whatever version is on disk.
    const db = new Dexie(name);
    await db.open();
    try {
      dump.version = db.verno;
      for (const t of db.tables) {
        const schema = [t.schema.primKey.src, ...t.schema.indexes.map((i) => (i.unique ? `&${i.src}` : i.src))].join(',');
        dump.tables.push({ name: t.name, schema, rows: await t.toArray() });
      }
    } finally {
      db.close();
    }
  }
  return new TextEncoder().encode(JSON.stringify(dump));
}

/** Loads a dump into a database that does not exist yet; true when it did. Never touches an existing one. */
export async function restoreDump(bytes: Uint8Array, name: string = DB_NAME): Promise<boolean> {
  const dump = JSON.parse(new TextDecoder().decode(bytes)) as Dump;
  if (dump.format !== 'tkt-idb-dump-1' || !dump.version || dump.tables.length === 0) return false;
  if (await Dexie.exists(name)) return false;
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' });
  db.version(dump.version).stores(Object.fromEntries(dump.tables.map((t) => [t.name, t.schema])));
  await db.open();
  try {
    await db.transaction('rw', db.tables, async () => {
      for (const t of dump.tables) await db.table(t.name).bulkPut(t.rows);
    });
  } catch (e) {
    // Leave no half-made database behind: the next start must try again from the dump.
    db.close();
    await Dexie.delete(name);
    throw e;
  }
  db.close();
  return true;
}
