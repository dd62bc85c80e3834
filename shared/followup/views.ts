/** Follow-up items as the screens and the report read them. */
import { recordsOf, type DerivedState } from '../domain/derive';
import type { FollowUpValues } from '../domain/schemas';
import { valuesOf } from '../domain/derive';

export interface FollowUpItem {
  id: string;
  /** '' while the item waits to be assigned to a unit. */
  unitId: string;
  values: Partial<FollowUpValues>;
}

/** Live follow-up items, in the order they were carried (of one unit when given). */
export function followUpsOf(state: DerivedState, unitId?: string): FollowUpItem[] {
  return recordsOf(state, 'followUp')
    .filter((r) => unitId === undefined || r.unitId === unitId)
    .map((r) => ({ id: r.id, unitId: r.unitId, values: valuesOf(r) as Partial<FollowUpValues> }))
    .sort((a, b) => (a.values.order ?? 0) - (b.values.order ?? 0));
}
