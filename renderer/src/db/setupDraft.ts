/** The set-up form as typed and not yet saved, kept across navigation and reload (one per inspection, one for a new one). */
import { getSetting, setSetting } from './settings';
import type { AppDB } from './schema';

const key = (inspectionId: string | undefined) => `setupDraft:${inspectionId ?? 'new'}`;

export interface SetupDraft<T> {
  values: T;
  savedAt: number;
}

export function readSetupDraft<T>(db: AppDB, inspectionId: string | undefined): Promise<SetupDraft<T> | undefined> {
  return getSetting<SetupDraft<T>>(db, key(inspectionId));
}

export function writeSetupDraft<T>(db: AppDB, inspectionId: string | undefined, values: T): Promise<void> {
  return setSetting(db, key(inspectionId), { values, savedAt: Date.now() });
}

export async function clearSetupDraft(db: AppDB, inspectionId: string | undefined): Promise<void> {
  await db.settings.delete(key(inspectionId));
}
