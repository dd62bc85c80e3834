import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { EditStore } from './edits';
import { InspectionRepo } from './inspections';
import type { AppDB } from './schema';

export interface Storage {
  db: AppDB;
  store: EditStore;
}

const StorageContext = createContext<Storage | null>(null);

export function StorageProvider({ storage, children }: { storage: Storage; children: ReactNode }) {
  return <StorageContext.Provider value={storage}>{children}</StorageContext.Provider>;
}

export function useStorage(): Storage {
  const s = useContext(StorageContext);
  if (!s) throw new Error('StorageProvider missing');
  return s;
}

/** The repository for writing one inspection's records. */
export function useRepo(inspectionId: string): InspectionRepo {
  const { db, store } = useStorage();
  return useMemo(() => new InspectionRepo(db, store, inspectionId), [db, store, inspectionId]);
}
