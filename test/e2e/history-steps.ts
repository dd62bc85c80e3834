/**
 * What the edit log holds, read straight from the laptop's IndexedDB: the
 * browser tests check with it that an undo, a restore or a return to a
 * backup added edits and erased none (the history keeps both states).
 */
import type { Page } from 'playwright-core';

export interface StoredEdit {
  id: string;
  entity: string;
  recordId: string;
  field: string;
  value: unknown;
}

/** Every stored edit matching the given entity / field (any when left out), oldest first. */
export async function storedEdits(page: Page, match: { entity?: string; field?: string; recordId?: string } = {}): Promise<StoredEdit[]> {
  const all = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('tu-kiem-tra');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const req = db.transaction(['edits'], 'readonly').objectStore('edits').getAll();
      req.onsuccess = () => resolve(req.result as unknown[]);
      req.onerror = () => reject(req.error);
    });
    db.close();
    return rows as { id: string; entity: string; recordId: string; field: string; value: unknown }[];
  });
  return all
    .filter((e) => (!match.entity || e.entity === match.entity) && (!match.field || e.field === match.field) && (!match.recordId || e.recordId === match.recordId))
    .map(({ id, entity, recordId, field, value }) => ({ id, entity, recordId, field, value }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}
