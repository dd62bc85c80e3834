/** Per member, the results packages the leader received and the member's edits still in disagreement. Pure. */
import type { DerivedState } from '../../../../shared/domain/derive';
import type { MemberValues } from '../../../../shared/domain/schemas';
import type { WithMeta } from '../../../../shared/domain/views';
import type { Arrival } from '../../db/arrivals';

export interface ArrivalRow {
  memberId: string;
  name: string;
  /** How many results packages arrived from this member. */
  packages: number;
  last?: Arrival;
  /** Fields where a value by this member stands in a disagreement not yet settled. */
  unsettled: number;
}

export function arrivalRows(members: WithMeta<MemberValues>[], arrivals: Arrival[], state: DerivedState): ArrivalRow[] {
  const unsettled = new Map<string, number>();
  for (const rec of state.records.values()) {
    if (rec.deleted) continue;
    for (const f of Object.values(rec.fields)) {
      if (!f.conflict) continue;
      for (const author of new Set(f.heads.map((h) => h.author))) unsettled.set(author, (unsettled.get(author) ?? 0) + 1);
    }
  }
  return members.map((m) => {
    const mine = arrivals.filter((a) => a.memberId === m.id).sort((a, b) => a.receivedAt - b.receivedAt);
    return { memberId: m.id, name: m.values.name ?? m.id, packages: mine.length, last: mine.at(-1), unsettled: unsettled.get(m.id) ?? 0 };
  });
}
