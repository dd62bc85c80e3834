import type { AppDB } from './schema';

/** Typed access to the key-value settings of this laptop. */
export async function getSetting<T>(db: AppDB, key: string): Promise<T | undefined> {
  return (await db.settings.get(key))?.value as T | undefined;
}

export async function setSetting(db: AppDB, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

/** Who "Tôi là …" on this laptop for one inspection (a member id). */
export const meKey = (inspectionId: string) => `me:${inspectionId}`;

export const LAST_LOCATION_KEY = 'lastLocation';
