/**
 * The `.tkt` exchange format: one file for set-up, results, merged state and
 * backups. Pure: no Dexie, React or Electron, so it runs in Node tests, the
 * browser and the Electron renderer alike.
 */
import type { Edit } from '../domain/edit';
import { checkPackage, type CheckContext, type CheckedPackage } from './check';
import { openPackage, type OpenOptions, type Result } from './open';
import { uncheckable } from './errors';

export * from './errors';
export * from './manifest';
export * from './crypto';
export * from './envelope';
export * from './passphrase';
export * from './zip';
export * from './build';
export * from './open';
export * from './check';
export * from './preview';
export * from './records';
export * from './partial';
export * from './batch';
export * from './segments';
export * from './authority';
export * from './attachments';

/** Open and check a package in one step: the one entry point for import. Never throws. */
export async function readPackage(fileName: string, data: Uint8Array, ctx: CheckContext & OpenOptions): Promise<Result<CheckedPackage>> {
  const opened = await openPackage(fileName, data, ctx);
  if (!opened.ok) return opened;
  try {
    return checkPackage(opened.package, ctx);
  } catch {
    return { ok: false, error: uncheckable(fileName) };
  }
}

/** Group edits by inspection id, for CheckContext.currentEdits over an in-memory set. */
export function editsByInspection(edits: Iterable<Edit>): (inspectionId: string) => Edit[] {
  const map = new Map<string, Edit[]>();
  for (const e of edits) {
    const list = map.get(e.inspectionId);
    if (list) list.push(e);
    else map.set(e.inspectionId, [e]);
  }
  return (id) => map.get(id) ?? [];
}
