/**
 * Rolling backups: a full `.tkt` of every inspection on this laptop, written
 * only when something changed since the last one. The bytes go to the
 * platform (Electron keeps the last ten in the user data folder).
 */
import { platform } from '../platform';
import type { KeyVault } from '../platform/types';
import { backupPassphrase } from './backupPassphrase';
import type { EditStore } from './edits';
import { buildExport } from './exchange';
import type { AppDB } from './schema';

export interface BackupTarget {
  write(data: Uint8Array, label: string): Promise<unknown>;
}

/** A cheap marker of the database's content: the newest edit id and the count. */
export async function activityMarker(db: AppDB): Promise<string> {
  const [last, count] = await Promise.all([db.edits.orderBy('id').lastKey(), db.edits.count()]);
  return `${String(last ?? '')}#${count}`;
}

/**
 * Write a backup when the data changed since `lastMarker`; returns the marker
 * now backed up. Sealed with the team passphrase when one is set for backups
 * (a key store that will not open it throws, and nothing is written in clear).
 */
export async function backupIfChanged(
  db: AppDB,
  store: EditStore,
  target: BackupTarget,
  lastMarker: string | undefined,
  vault: KeyVault | undefined = platform.keyVault,
): Promise<string | undefined> {
  const marker = await activityMarker(db);
  if (marker === lastMarker || marker.endsWith('#0')) return lastMarker;
  const passphrase = await backupPassphrase(db, vault);
  const r = await buildExport(db, store, 'backup', undefined, { passphrase });
  if (!r.ok) return lastMarker;
  await target.write(r.data, 'tu-dong');
  return marker;
}
