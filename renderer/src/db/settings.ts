import type { AppDB } from './schema';
import { SETUP_AUTHOR } from '../../../shared/exchange/authority';

/** Typed access to the key-value settings of this laptop. */
export async function getSetting<T>(db: AppDB, key: string): Promise<T | undefined> {
  return (await db.settings.get(key))?.value as T | undefined;
}

export async function setSetting(db: AppDB, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

/** Who "Tôi là …" on this laptop for one inspection (a member id). */
export const meKey = (inspectionId: string) => `me:${inspectionId}`;
/** The leader's key this laptop accepted for an inspection, after comparing its fingerprint (authority.ts). */
export const leaderKeyKey = (inspectionId: string) => `leaderKey:${inspectionId}`;

export const LAST_LOCATION_KEY = 'lastLocation';

/** The id the local leader uses as author before any member exists (creating the inspection); one constant with the authority rules. */
export { SETUP_AUTHOR };

/** Who writes in an inspection on this laptop: "Tôi là …", or the set-up author. */
export async function authorFor(db: Pick<AppDB, 'settings'>, inspectionId: string): Promise<string> {
  return ((await db.settings.get(meKey(inspectionId)))?.value as string | undefined) ?? SETUP_AUTHOR;
}
