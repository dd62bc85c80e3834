import Dexie, { type Table } from 'dexie';
import type { Edit } from '../../../shared/domain/edit';

/** An inspection known on this laptop. Its content lives in edits; this row is the list entry. */
export interface InspectionEntry {
  id: string;
  /** When this laptop created or received it (millis). */
  addedAt: number;
  /** When it was last opened here (millis), for ordering the list. */
  openedAt: number;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/**
 * One field of one response as typed, kept until it is stored as an edit
 * (the draft journal). Written per keystroke batch with strict durability, so
 * a killed browser or a power cut loses at most the last batch; replayed into
 * edits at start. A draft the checks refuse stays here, shown with its error.
 */
export interface DraftRow {
  /** inspectionId|unitId|itemId|field */
  key: string;
  inspectionId: string;
  unitId: string;
  itemId: string;
  field: string;
  text: string;
  /** The edit id (HLC timestamp) reserved when it was typed, so a replayed edit keeps its original time. */
  id: string;
  /** Set when the checks refused it: the message shown beside the field. */
  error?: string;
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
  drafts!: Table<DraftRow, string>;

  constructor(name: string = DB_NAME) {
    // Strict durability: a committed edit is on disk before the promise
    // resolves, so a power cut right after "đã lưu" loses nothing.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      edits: '&id, inspectionId, [inspectionId+unitId], [inspectionId+entity]',
      inspections: '&id, openedAt',
      settings: '&key',
    });
    // The draft journal (issue 10). A new table only: nothing to migrate.
    this.version(3).stores({
      drafts: '&key, inspectionId',
    });
  }
}

export function openDb(name?: string): AppDB {
  return new AppDB(name);
}
