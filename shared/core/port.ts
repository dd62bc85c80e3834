/**
 * The storage port the use cases run on. One transaction reads the state
 * they plan from, and writes the edits together with the read-model changes,
 * so nothing can be planned on a state that changes before it is written.
 * Implemented by the Dexie adapter (renderer/src/db/editStorePort.ts) and the
 * in-memory adapter (memoryPort.ts).
 */
import type { DerivedState } from '../domain/derive';
import type { Edit, EntityKind } from '../domain/edit';
import type { StoredSegment } from '../exchange/segments';

export interface RecordRef {
  entity: EntityKind;
  recordId: string;
}

export interface EditStoreTx {
  /** Standing state of the given records, from the read model. */
  readRecords(inspectionId: string, refs: readonly RecordRef[]): Promise<DerivedState>;
  /** Standing state of every record of the given kinds (set-up: inspection, units, members). */
  readEntities(inspectionId: string, entities: readonly EntityKind[]): Promise<DerivedState>;
  /** Standing state of the whole inspection, from the read model (report, export); never a derivation of the log. */
  readInspection(inspectionId: string): Promise<DerivedState>;
  /** Ids of the inspection's edits except one kind (the report's data hash), without loading the edits. */
  editIdsExcept(inspectionId: string, entity: EntityKind): Promise<string[]>;
  /** Store edits not stored yet and update the read model; returns how many were new. */
  append(edits: readonly Edit[], onProgress?: (done: number, total: number) => void): Promise<number>;
  /**
   * Put an inspection on this laptop's list if it is not there and has edits
   * here; true when it was added (an import brought a new inspection).
   */
  listInspection(inspectionId: string): Promise<boolean>;
  /** Who writes in this inspection on this laptop ("Tôi là …", or the set-up author). */
  author(inspectionId: string): Promise<string>;
  /** Keep the author segments the accepted records came in, to relay them unchanged. */
  keepSegments(segments: readonly StoredSegment[]): Promise<void>;
  /** Remember the leader key this laptop accepted for an inspection (the trust anchor of authority.ts). */
  pinLeaderKey(inspectionId: string, leaderKey: string): Promise<void>;
  /** A fresh, strictly increasing timestamp for a new edit. */
  nextId(): string;
}

export interface EditStorePort {
  /** Run `work` in one read-write transaction: all its writes land, or none. */
  transaction<T>(work: (tx: EditStoreTx) => Promise<T>): Promise<T>;
}
