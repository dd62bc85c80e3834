/** Read models for the list of inspections and per-unit progress, live. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { deriveState, type DerivedState } from '../../../shared/domain/derive';
import { inspectionOf, membersOf, unitsOf } from '../../../shared/domain/views';
import type { InspectionValues } from '../../../shared/domain/schemas';
import { useStorage } from './StorageContext';

export interface InspectionSummary {
  id: string;
  openedAt: number;
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
        // Inspection-wide records only (inspection, units, members): cheap even for a big inspection.
        const state = deriveState(await db.edits.where('[inspectionId+unitId]').equals([e.id, '']).toArray());
        return {
          id: e.id,
          openedAt: e.openedAt,
          values: inspectionOf(state, e.id)?.values ?? {},
          unitCount: unitsOf(state).length,
          memberCount: membersOf(state).length,
        };
      }),
    );
  }, [db]);
}

/**
 * Only one unit's own records (responses, evidence, findings), without the
 * inspection-wide ones: enough to count a unit's progress, and re-read only
 * when that unit changes.
 */
export function useUnitOwnState(inspectionId: string, unitId: string): DerivedState | undefined {
  const { db } = useStorage();
  const edits = useLiveQuery(() => db.edits.where('[inspectionId+unitId]').equals([inspectionId, unitId]).toArray(), [db, inspectionId, unitId]);
  return useMemo(() => (edits ? deriveState(edits) : undefined), [edits]);
}
