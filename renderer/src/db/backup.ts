/**
 * Rolling backups: a full `.tkt` of every inspection on this laptop, written
 * only when something changed since the last one. The bytes go to the
 * platform (Electron keeps the last ten in the user data folder).
 */
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

/** Write a backup when the data changed since `lastMarker`; returns the marker now backed up. */
export async function backupIfChanged(db: AppDB, store: EditStore, target: BackupTarget, lastMarker: string | undefined): Promise<string | undefined> {
  const marker = await activityMarker(db);
  if (marker === lastMarker || marker.endsWith('#0')) return lastMarker;
  const r = await buildExport(db, store, 'backup', undefined);
  if (!r.ok) return lastMarker;
  await target.write(r.data, 'tu-dong');
  return marker;
}
