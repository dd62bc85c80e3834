import type { AppDB } from '../../renderer/src/db/schema';

/** Every row of every table, in key order: two dumps are equal iff the database did not change. */
export async function dumpDb(db: AppDB): Promise<string> {
  const tables = await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const));
  return JSON.stringify(tables.sort(([a], [b]) => (a < b ? -1 : 1)));
}
