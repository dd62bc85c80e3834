/** Per-member progress on their own assignment, and open disagreements per unit, for the dashboard. */
import { disagreements, type DerivedState } from '../domain/derive';
import { assignmentOf, progressOf } from '../domain/progress';
import type { MemberValues } from '../domain/schemas';
import type { ChecklistTemplate } from '../templates/types';

export interface MemberProgress {
  memberId: string;
  name: string;
  role?: MemberValues['role'];
  answered: number;
  total: number;
}

export function memberProgress(
  state: DerivedState,
  template: ChecklistTemplate,
  members: readonly { id: string; values: Partial<MemberValues> }[],
  unitIds: readonly string[],
): MemberProgress[] {
  return members.map((m) => {
    const a = assignmentOf(m.values, unitIds);
    const p = progressOf(state, template, a.unitIds, a.sectionIds);
    return { memberId: m.id, name: m.values.name ?? '', role: m.values.role, answered: p.answered, total: p.total };
  });
}

/** Open disagreements (any field, any record) per unit id; '' holds the inspection-wide ones (set-up, report). */
export function disagreementsByUnit(state: DerivedState): Map<string, number> {
  const out = new Map<string, number>();
  for (const d of disagreements(state)) out.set(d.unitId, (out.get(d.unitId) ?? 0) + 1);
  return out;
}
