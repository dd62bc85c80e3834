/**
 * Returning the open inspection to a backup's state (shared/core/backupState.ts):
 * open the backup file, preview what would change, write it as new edits.
 */
import { previewReturnToBackup, returnToBackup, type ReturnPlan } from '../../../shared/core/backupState';
import type { Edit } from '../../../shared/domain/edit';
import { openPackage } from '../../../shared/exchange/open';
import { deriveInWorker } from '../crypto/kdf';
import { backupPassphrase } from './backupPassphrase';
import type { EditStore } from './edits';
import { dexiePort } from './editStorePort';
import { touchInspection } from './inspections';
import type { AppDB } from './schema';

export type OpenedBackup = { ok: true; edits: Edit[] } | { ok: false; message: string; needsPassphrase: boolean };

/** Open a backup file: sealed ones with the passphrase typed, or the one kept for backups on this laptop. */
export async function openBackup(db: AppDB, name: string, data: Uint8Array, typed?: string): Promise<OpenedBackup> {
  const passphrase = typed ?? (await backupPassphrase(db).catch(() => undefined));
  const r = await openPackage(name, data, { passphrase, derive: deriveInWorker });
  if (!r.ok) return { ok: false, message: r.error.message, needsPassphrase: r.error.code === 'passphrase-needed' || r.error.code === 'wrong-passphrase' };
  return { ok: true, edits: r.package.edits };
}

export function previewReturn(db: AppDB, store: EditStore, inspectionId: string, edits: readonly Edit[]): Promise<ReturnPlan> {
  return previewReturnToBackup(dexiePort(db, store), inspectionId, edits);
}

export async function applyReturn(db: AppDB, store: EditStore, inspectionId: string, edits: readonly Edit[]): Promise<ReturnPlan> {
  const plan = await returnToBackup(dexiePort(db, store), inspectionId, edits);
  if (plan.edits.length) await touchInspection(db, inspectionId);
  return plan;
}
