/**
 * Results packages received from members, as the leader imported them: per
 * member, when each arrived and how many records were new. Kept in settings
 * on the leader's laptop; written after an import was applied.
 */
import { getSetting, setSetting } from './settings';
import type { AppDB } from './schema';

export interface Arrival {
  memberId: string;
  memberName: string;
  /** ISO time the member exported the file. */
  exportedAt: string;
  /** Millis when it was imported here. */
  receivedAt: number;
  newRecords: number;
}

const key = (inspectionId: string) => `arrivals:${inspectionId}`;
const KEEP = 200;

export async function recordArrivals(db: AppDB, inspectionId: string, arrivals: Arrival[]): Promise<void> {
  if (arrivals.length === 0) return;
  await db.transaction('rw', db.settings, async () => {
    const before = (await getSetting<Arrival[]>(db, key(inspectionId))) ?? [];
    await setSetting(db, key(inspectionId), [...before, ...arrivals].slice(-KEEP));
  });
}

export async function arrivalsOf(db: AppDB, inspectionId: string): Promise<Arrival[]> {
  return (await getSetting<Arrival[]>(db, key(inspectionId))) ?? [];
}
