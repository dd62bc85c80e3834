import Dexie, { type Table } from 'dexie';
import type { Edit } from '../../../shared/domain/edit';

/** An inspection known on this laptop. Its content lives in edits; this row is the list entry. */
export interface InspectionEntry {
  id: string;
  /** When this laptop created or received it (millis). */
  addedAt: number;
  /** When it was last opened here (millis), for ordering the list. */
  openedAt: number;
  /** When it was archived on this laptop (millis): listed apart until restored. Not indexed, so no new schema version. */
  archivedAt?: number;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export const DB_NAME = 'tu-kiem-tra';

/**
 * The one database. Every version's stores live here, each with an upgrade
 * function when data must move (test/db/migrations.test.ts opens each old
 * version with data and upgrades it).
 */
export class AppDB extends Dexie {
  edits!: Table<Edit, string>;
  inspections!: Table<InspectionEntry, string>;
  settings!: Table<SettingRow, string>;

  constructor(name: string = DB_NAME) {
    // Strict durability: a committed edit is on disk before the promise
    // resolves, so a power cut right after "đã lưu" loses nothing.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      edits: '&id, inspectionId, [inspectionId+unitId], [inspectionId+entity]',
      inspections: '&id, openedAt',
      settings: '&key',
    });
  }
}

export function openDb(name?: string): AppDB {
  return new AppDB(name);
}
