/**
 * The open disagreements of an inspection, live. Today they come from the
 * derived state the team page already loads (shared through
 * TeamDataContext so the page reads the edits once); a page without that
 * context reads them itself. The shape is shared/domain/derive's
 * Disagreement[], whatever storage serves it.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, useMemo } from 'react';
import { deriveState, disagreements, type DerivedState, type Disagreement } from '../../../../shared/domain/derive';
import type { Edit } from '../../../../shared/domain/edit';
import { inspectionEdits } from '../../db/edits';
import { useStorage } from '../../db/StorageContext';

export interface TeamData {
  inspectionId: string;
  edits: Edit[];
  state: DerivedState;
}

export const TeamDataContext = createContext<TeamData | undefined>(undefined);

/** undefined while loading. */
export function useDisagreements(inspectionId: string): Disagreement[] | undefined {
  const shared = useContext(TeamDataContext);
  const own = shared?.inspectionId === inspectionId ? undefined : inspectionId;
  const { db } = useStorage();
  const loaded = useLiveQuery(async () => (own ? disagreements(deriveState(await inspectionEdits(db, own))) : null), [db, own]);
  const fromShared = useMemo(() => (shared && !own ? disagreements(shared.state) : undefined), [shared, own]);
  return fromShared ?? loaded ?? undefined;
}
