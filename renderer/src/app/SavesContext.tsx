/**
 * The app's one autosave machinery: the registry of saves waiting for their
 * debounce and the draft journal. Provided once at the root, so tests and
 * several windows never share a module-level singleton.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { DraftJournal } from '../db/drafts';
import type { FlushRegistry } from './FlushRegistry';

export interface Saves {
  registry: FlushRegistry;
  journal: DraftJournal;
}

const SavesContext = createContext<Saves | null>(null);

export function SavesProvider({ saves, children }: { saves: Saves; children: ReactNode }) {
  return <SavesContext.Provider value={saves}>{children}</SavesContext.Provider>;
}

export function useSaves(): Saves {
  const s = useContext(SavesContext);
  if (!s) throw new Error('SavesProvider missing');
  return s;
}

/** Everything typed so far handed to storage: waiting saves written, journal batches on disk. */
export async function flushEverything(saves: Saves): Promise<void> {
  await saves.registry.flushAll();
  await saves.journal.flushed();
}
