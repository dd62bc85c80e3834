import { AppDB } from '../../../renderer/src/db/schema';
import type { Edit } from '../../../shared/domain/edit';
async function run(url: string, batch: number, withGet: boolean, put: boolean) {
  const rows = (await (await fetch(url)).json()) as Edit[];
  await AppDB.delete('x'); const db = new AppDB('x'); await db.open();
  const t0 = performance.now();
  await db.transaction('rw', db.edits, async () => {
    for (let i = 0; i < rows.length; i += batch) {
      const b = rows.slice(i, i + batch);
      let fresh = b;
      if (withGet) { const ex = await db.edits.bulkGet(b.map((e) => e.id)); fresh = b.filter((_, k) => ex[k] === undefined); }
      if (put) await db.edits.bulkPut(fresh); else await db.edits.bulkAdd(fresh);
    }
  });
  const ms = performance.now() - t0; db.close(); await AppDB.delete('x');
  return { batch, withGet, put, rate: Math.round(rows.length / ms * 1000) };
}
async function floor(url: string) {
  const rows = (await (await fetch(url)).json()) as Edit[];
  await AppDB.delete('y'); const db = new AppDB('y'); await db.open();
  const t0 = performance.now(); await db.edits.bulkPut(rows); const ms = performance.now() - t0; db.close(); await AppDB.delete('y');
  return { floor: Math.round(rows.length / ms * 1000) };
}
Object.assign(window, { run, floor });
document.title = 'ok';
