/**
 * The bench page, served from the same origin as the built renderer so it
 * shares its IndexedDB. It runs the app's real storage code (AppDB, the
 * import of renderer/src/db/exchange.ts) against real IndexedDB in Chromium,
 * and seeds the app's database for the start-up, typing and memory figures.
 */
import { AppDB, DB_NAME } from '../../../renderer/src/db/schema';
import { WRITE_CHUNK } from '../../../renderer/src/db/readModel';
import { meKey } from '../../../renderer/src/db/settings';
import { buildReadModel } from '../../../renderer/src/db/readModelUpgrade';
import type { Edit } from '../../../shared/domain/edit';
import { importFiles, type ImportSteps } from './importAdapter';
import { photoRoundTrip } from './photos';

async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return (await res.json()) as T;
}

async function freshDb(name: string): Promise<AppDB> {
  await AppDB.delete(name);
  const db = new AppDB(name);
  await db.open();
  return db;
}

/**
 * The floor: raw Dexie bulkPuts of the same rows into the app's empty edits
 * table (same indexes, same durability), in one transaction cut in the same
 * batches as the app's import, so the app cannot beat it by batching alone.
 */
async function floor(editsUrl: string): Promise<{ rows: number; ms: number }> {
  const rows = await fetchJson<Edit[]>(editsUrl);
  const db = await freshDb('bench-floor');
  const size = WRITE_CHUNK;
  const t0 = performance.now();
  await db.transaction('rw', db.edits, async () => {
    for (let i = 0; i < rows.length; i += size) await db.edits.bulkPut(rows.slice(i, i + size));
  });
  const ms = performance.now() - t0;
  const stored = await db.edits.count();
  db.close();
  await AppDB.delete('bench-floor');
  return { rows: stored, ms };
}

export interface ImportFigure {
  rows: number;
  ms: number;
  steps?: ImportSteps;
  /** Every progress report: when (ms from the start) and how far. */
  ticks: { at: number; fraction: number }[];
  error?: string;
}

/**
 * The app's real import of the packages, with its progress callback timed:
 * into an empty database, or (`preloadUrl`) into one that already holds
 * those edits (the set-up and the leader's own work).
 */
async function importPackages(urls: string[], inspectionId: string, preloadUrl?: string): Promise<ImportFigure> {
  const files = await Promise.all(
    urls.map(async (url) => ({ name: url.slice(url.lastIndexOf('/') + 1), bytes: new Uint8Array(await (await fetch(url)).arrayBuffer()) })),
  );
  const db = await freshDb('bench-import');
  if (preloadUrl) {
    const own = await fetchJson<Edit[]>(preloadUrl);
    await db.transaction('rw', db.edits, db.inspections, async () => {
      await db.edits.bulkPut(own);
      await db.inspections.put({ id: inspectionId, addedAt: Date.now(), openedAt: Date.now() });
    });
  }
  const before = await db.edits.count();
  const ticks: { at: number; fraction: number }[] = [];
  const t0 = performance.now();
  let error: string | undefined;
  let steps: ImportSteps | undefined;
  try {
    steps = await importFiles(db, inspectionId, files, (fraction) => ticks.push({ at: performance.now() - t0, fraction }));
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  const ms = performance.now() - t0;
  const rows = (await db.edits.count()) - before;
  db.close();
  await AppDB.delete('bench-import');
  return { rows, ms, steps, error, ticks };
}

/** Put the large inspection in the app's own database, as if the leader had merged it; "Tôi là" the leader. */
async function seed(editsUrl: string, inspectionId: string, me: string): Promise<number> {
  const rows = await fetchJson<Edit[]>(editsUrl);
  const db = await freshDb(DB_NAME);
  // The read model too, as the app keeps it (the same rows the version 2 upgrade builds).
  const model = buildReadModel(rows);
  await db.transaction('rw', [db.edits, db.inspections, db.settings, db.heads, db.records, db.counts], async () => {
    await db.edits.bulkPut(rows);
    await db.heads.bulkPut(model.heads);
    await db.records.bulkPut(model.records);
    await db.counts.bulkPut(model.counts);
    await db.inspections.put({ id: inspectionId, addedAt: Date.now(), openedAt: Date.now() });
    await db.settings.put({ key: meKey(inspectionId), value: me });
  });
  const n = await db.edits.count();
  db.close();
  return n;
}

Object.assign(window, { tktBench: { floor, importPackages, seed, photoRoundTrip } });
document.title = 'bench ready';
