import Dexie, { type Table } from 'dexie';
import type { Edit } from '../../../shared/domain/edit';
import type { CountRow, HeadRow, RecordRow } from '../../../shared/core/readModel';
import type { StoredSegment } from '../../../shared/exchange/segments';
import { buildReadModel } from './readModelUpgrade';

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

/**
 * One attached file (photo, scan, PDF), stored once by its content hash
 * however many evidence entries or members attach it. Attachment edits name
 * it; the bytes never change, so the row is written once and never updated
 * except to add a thumbnail made later.
 */
export interface FileRow {
  /** SHA-256 of `data`, lowercase hex. */
  sha256: string;
  size: number;
  data: Uint8Array;
  /** A small JPEG for the grid, made by the image worker; absent for PDFs and undecodable images. */
  thumb?: Uint8Array;
  /** When this laptop stored it (millis). */
  addedAt: number;
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
  /** Read model (shared/core/readModel.ts): standing heads per record × field. */
  heads!: Table<HeadRow, string>;
  /** Read model: one row per record (first edit, unit, deletion, what it counts toward). */
  records!: Table<RecordRow, string>;
  /** Read model: counters the screens show (answered per unit × section, per member, open disagreements). */
  counts!: Table<CountRow, string>;
  drafts!: Table<DraftRow, string>;
  /** Author segments received (proof and record ids), so this laptop relays others' records with their authors' signatures. */
  segments!: Table<StoredSegment, string>;
  /** Attached files by content hash (issue 12). */
  files!: Table<FileRow, string>;

  constructor(name: string = DB_NAME) {
    // Strict durability: a committed edit is on disk before the promise
    // resolves, so a power cut right after "đã lưu" loses nothing.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      edits: '&id, inspectionId, [inspectionId+unitId], [inspectionId+entity]',
      inspections: '&id, openedAt',
      settings: '&key',
    });
    // The read model, kept in the same transaction as every edit written;
    // existing databases get it built from their edits here. `*replaces`
    // finds the stored edits that replace a newly arrived one, and the
    // field index reads one field's history.
    this.version(2)
      .stores({
        edits: '&id, inspectionId, [inspectionId+unitId], [inspectionId+entity], *replaces, [inspectionId+entity+recordId+field]',
        heads: '&key, inspectionId, [inspectionId+entity+recordId], [inspectionId+unitId], [inspectionId+entity], [inspectionId+open]',
        records: '&key, [inspectionId+entity], [inspectionId+unitId]',
        counts: '&key, inspectionId',
      })
      .upgrade(async (tx) => {
        const rows = buildReadModel(await tx.table<Edit, string>('edits').toArray());
        await tx.table('records').bulkAdd(rows.records);
        await tx.table('heads').bulkAdd(rows.heads);
        await tx.table('counts').bulkAdd(rows.counts);
      });
    // The draft journal (issue 10). A new table only: nothing to migrate.
    this.version(3).stores({
      drafts: '&key, inspectionId',
    });
    // Author segments (issue 9) and attached files by content hash (issue 12).
    // New tables only: records imported before have no proof and are relayed
    // only by their own author; nothing to migrate.
    this.version(4).stores({
      segments: '&hash, inspectionId',
      files: '&sha256',
    });
  }
}

export function openDb(name?: string): AppDB {
  return new AppDB(name);
}
