/** Read models for the list of inspections and per-unit progress, live. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { inspectionOf, membersOf, unitsOf } from '../../../shared/domain/views';
import type { InspectionValues } from '../../../shared/domain/schemas';
import { UnitAnswersTracker, type UnitAnswers } from './progress';
import { entitiesState } from './readModel';
import { useStorage } from './StorageContext';

export interface InspectionSummary {
  id: string;
  openedAt: number;
  archivedAt?: number;
  values: Partial<InspectionValues>;
  unitCount: number;
  memberCount: number;
}

/** Every inspection on this laptop, last opened first, with what the list shows. */
export function useInspectionSummaries(): InspectionSummary[] | undefined {
  const { db } = useStorage();
  return useLiveQuery(async () => {
    const entries = await db.inspections.orderBy('openedAt').reverse().toArray();
    return Promise.all(
      entries.map(async (e) => {
        // The inspection, its units and members from the read model: cheap even for a big inspection.
        const state = await entitiesState(db, e.id, ['inspection', 'unit', 'member']);
        return {
          id: e.id,
          openedAt: e.openedAt,
          archivedAt: e.archivedAt,
          values: inspectionOf(state, e.id)?.values ?? {},
          unitCount: unitsOf(state).length,
          memberCount: membersOf(state).length,
        };
      }),
    );
  }, [db]);
}

/**
 * Every unit's answered responses, for the unit list's "answered/total";
 * undefined until first read. The first read waits until the browser is idle
 * after the checklist has been painted, so opening the checklist never waits
 * for thirty units' records; then only units whose edits changed are re-read
 * (see UnitAnswersTracker). The current unit's own count comes from the state
 * the checklist already holds. Mount it only once the checklist is shown.
 */
export function useUnitAnswers(inspectionId: string, unitIds: readonly string[], currentUnitId: string): UnitAnswers | undefined {
  const { db } = useStorage();
  const [answers, setAnswers] = useState<{ inspectionId: string; value: UnitAnswers }>();
  const tracker = useRef<UnitAnswersTracker | undefined>(undefined);
  const current = useRef(currentUnitId);
  // Order does not matter to the counts: re-ordering units in the set-up reads nothing again.
  const key = [...unitIds].sort().join('|');
  useEffect(() => {
    const t = new UnitAnswersTracker(db, inspectionId, key ? key.split('|') : [], current.current, (value) => setAnswers({ inspectionId, value }));
    tracker.current = t;
    const cancel = whenIdle(() => t.start());
    return () => {
      cancel();
      t.stop();
      tracker.current = undefined;
    };
  }, [db, inspectionId, key]);
  useEffect(() => {
    current.current = currentUnitId;
    const t = tracker.current;
    if (!t) return;
    t.setCurrent(currentUnitId);
    // Re-reading the unit just left waits until the newly opened one is shown.
    return whenIdle(() => void t.refresh());
  }, [currentUnitId]);
  // A changed unit list keeps the last counts shown while they are read again.
  return answers?.inspectionId === inspectionId ? answers.value : undefined;
}

/** Runs `fn` once the browser has nothing more urgent to do (after the next paint at the latest in a couple of seconds). */
function whenIdle(fn: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(fn, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(fn, 200);
  return () => clearTimeout(handle);
}
