/**
 * Applying an import: the one path by which received edits enter storage.
 * Whether a file is accepted is decided before, by shared/exchange's checks
 * (checkPackage / previewImport); this writes what they accepted, with the
 * read model, in one transaction: all of it lands or none.
 */
import type { Edit } from '../domain/edit';
import type { EditStorePort } from './port';
import type { StoredSegment } from '../exchange/segments';
import { planFieldEdits } from '../domain/write';

export interface AcceptedImport {
  /** New edits of every accepted file (duplicates across files are fine). */
  edits: readonly Edit[];
  /** Inspections the accepted files name. */
  inspectionIds: readonly string[];
  /** The author segments the records came in, kept to relay them unchanged. */
  segments?: readonly StoredSegment[];
  /** Members' first keys the leader compared by phone: written as the leader's set-up edits in the same transaction. */
  trustedKeys?: readonly { inspectionId: string; memberId: string; publicKey: string }[];
  /** Leader keys of inspections new to this laptop, compared by people before importing. */
  pins?: readonly { inspectionId: string; leaderKey: string }[];
}

export interface ImportOutcome {
  /** Records written (new to this laptop). */
  written: number;
  /** Inspections this laptop did not have before. */
  newInspections: string[];
}

export function applyAcceptedImport(port: EditStorePort, accepted: AcceptedImport, onProgress?: (done: number, total: number) => void): Promise<ImportOutcome> {
  return port.transaction(async (tx) => {
    const written = await tx.append(accepted.edits, onProgress);
    for (const k of accepted.trustedKeys ?? []) {
      const state = await tx.readRecords(k.inspectionId, [{ entity: 'member', recordId: k.memberId }]);
      const ctx = { inspectionId: k.inspectionId, author: await tx.author(k.inspectionId), nextId: () => tx.nextId(), settles: true };
      await tx.append(planFieldEdits(state, ctx, 'member', k.memberId, '', { publicKey: k.publicKey }));
    }
    await tx.keepSegments(accepted.segments ?? []);
    for (const p of accepted.pins ?? []) await tx.pinLeaderKey(p.inspectionId, p.leaderKey);
    const newInspections: string[] = [];
    for (const id of new Set(accepted.inspectionIds)) if (await tx.listInspection(id)) newInspections.push(id);
    return { written, newInspections };
  });
}
