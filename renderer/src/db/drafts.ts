/**
 * The draft journal: what was typed into a response field and is not yet an
 * edit. Every keystroke batch is written at once (strict durability, see
 * schema.ts), one batch in flight at a time, so a killed browser loses at most
 * the batch being written. A draft leaves the journal only when the edit that
 * stores exactly that typing is on disk.
 */
import type { AppDB, DraftRow } from './schema';

export type { DraftRow };

export function draftKey(inspectionId: string, unitId: string, itemId: string, field: string): string {
  return `${inspectionId}|${unitId}|${itemId}|${field}`;
}

/** A draft to clear once stored: cleared only if nothing newer was typed into its field meanwhile. */
export interface StoredDraft {
  key: string;
  id: string;
}

export class DraftJournal {
  /** Typed but not yet handed to IndexedDB, by key; only the latest text per field matters. */
  private readonly unwritten = new Map<string, DraftRow>();
  private queue: Promise<void> = Promise.resolve();
  private batchQueued = false;

  /** @param onError told when a journal write fails (disk full …); the drafts stay in memory and are retried with the next keystroke. */
  constructor(
    private readonly db: AppDB,
    private readonly onError: (e: unknown) => void = () => undefined,
    private readonly onWritten: () => void = () => undefined,
  ) {}

  /** Journal a keystroke (or a refused draft with its error). Written in the next batch, at once. */
  record(row: DraftRow): void {
    this.unwritten.set(row.key, row);
    if (this.batchQueued) return;
    this.batchQueued = true;
    this.queue = this.queue.then(() => this.writeBatch());
  }

  private async writeBatch(): Promise<void> {
    this.batchQueued = false;
    const batch = [...this.unwritten.values()];
    this.unwritten.clear();
    if (batch.length === 0) return;
    try {
      await this.db.drafts.bulkPut(batch);
      this.onWritten();
    } catch (e) {
      // Keep them for the next attempt, unless newer typing replaced them.
      for (const r of batch) if (!this.unwritten.has(r.key)) this.unwritten.set(r.key, r);
      this.onError(e);
    }
  }

  /** The stored edits now hold these drafts: forget them (after any journal write queued before). */
  settle(stored: StoredDraft[]): Promise<void> {
    if (stored.length === 0) return this.queue;
    for (const s of stored) if (this.unwritten.get(s.key)?.id === s.id) this.unwritten.delete(s.key);
    const run = this.queue.then(() => clearStoredDrafts(this.db, stored).catch(this.onError));
    this.queue = run;
    return run;
  }

  /** Resolves when every keystroke journalled so far has been handed to IndexedDB (quit waits on this). */
  async flushed(): Promise<boolean> {
    if (this.unwritten.size && !this.batchQueued) this.record([...this.unwritten.values()][0]);
    await this.queue;
    return this.unwritten.size === 0;
  }
}

/** Delete drafts whose stored row is still the one that was saved. */
export function clearStoredDrafts(db: AppDB, stored: StoredDraft[]): Promise<void> {
  return db.transaction('rw', db.drafts, async () => {
    const rows = await db.drafts.bulkGet(stored.map((s) => s.key));
    const gone = stored.filter((s, i) => rows[i]?.id === s.id).map((s) => s.key);
    await db.drafts.bulkDelete(gone);
  });
}

/** Store drafts with the message saying why they were not stored. */
export async function markRefused(db: AppDB, rows: DraftRow[]): Promise<void> {
  if (rows.length) await db.drafts.bulkPut(rows);
}

export function allDrafts(db: AppDB): Promise<DraftRow[]> {
  return db.drafts.toArray();
}

export function inspectionDrafts(db: AppDB, inspectionId: string): Promise<DraftRow[]> {
  return db.drafts.where('inspectionId').equals(inspectionId).toArray();
}

/** Drafts the checks refused, still waiting for the inspector to correct them. */
export async function refusedDrafts(db: AppDB, inspectionId: string): Promise<DraftRow[]> {
  return (await inspectionDrafts(db, inspectionId)).filter((d) => d.error !== undefined);
}
