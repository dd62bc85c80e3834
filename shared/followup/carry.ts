/**
 * Carrying the previous inspection's recommendations into this one: each
 * becomes a follow-up item on its unit, written as edits through the storage
 * port like every other record, so it merges, exports and shows in the read
 * model. A recommendation already carried is not carried twice.
 */
import { deriveState, getRecord, type DerivedState } from '../domain/derive';
import type { Edit } from '../domain/edit';
import { unitsOf } from '../domain/views';
import { planDeletion, planFieldEdits, type EditContext } from '../domain/write';
import type { EditStorePort, EditStoreTx } from '../core/port';
import { matchUnit } from './match';
import { previousRecommendations, previousSource } from './previous';
import { followUpsOf } from './views';

export interface CarryResult {
  /** Follow-up items written. */
  carried: number;
  /** Of those, the ones no unit matched: listed for the leader to assign. */
  unmatched: number;
  /** Recommendations carried before, left as they are. */
  skipped: number;
  /** The previous inspection had no recommendation at all. */
  none: boolean;
}

/** The record id of a carried recommendation: the same on every laptop, so two leaders carrying it make one record. */
export function followUpId(sourceId: string): string {
  return `ku-${sourceId.replace('/', '-')}`;
}

/** Pure: the edits that carry `previous`'s recommendations into `current` (its units and follow-ups). */
export function planCarry(previous: DerivedState, previousId: string, current: DerivedState, ctx: EditContext): { edits: Edit[]; result: CarryResult } {
  const recs = previousRecommendations(previous, previousId);
  const source = previousSource(previous, previousId);
  const units = unitsOf(current).map((u) => ({ id: u.id, name: u.values.name ?? '' }));
  const existing = followUpsOf(current);
  const had = new Set(existing.map((f) => f.values.sourceId));
  let order = existing.reduce((m, f) => Math.max(m, (f.values.order ?? 0) + 1), 0);
  const edits: Edit[] = [];
  const result: CarryResult = { carried: 0, unmatched: 0, skipped: 0, none: recs.length === 0 };
  for (const r of recs) {
    if (had.has(r.sourceId)) {
      result.skipped++;
      continue;
    }
    const unitId = matchUnit(r, units);
    const values = { text: r.text, toUnit: r.toUnit || r.unitName, deadline: r.deadline, source, sourceId: r.sourceId, order: order++ };
    edits.push(...planFieldEdits(current, ctx, 'followUp', followUpId(r.sourceId), unitId, values));
    result.carried++;
    if (!unitId) result.unmatched++;
  }
  return { edits, result };
}

async function contextOf(tx: EditStoreTx, inspectionId: string): Promise<EditContext> {
  return { inspectionId, author: await tx.author(inspectionId), nextId: () => tx.nextId() };
}

async function carryInto(tx: EditStoreTx, inspectionId: string, previous: DerivedState, previousId: string): Promise<CarryResult> {
  // An inspection does not follow up its own recommendations.
  if (previousId === inspectionId) return { carried: 0, unmatched: 0, skipped: 0, none: true };
  const current = await tx.readEntities(inspectionId, ['unit', 'followUp']);
  const { edits, result } = planCarry(previous, previousId, current, await contextOf(tx, inspectionId));
  await tx.append(edits);
  return result;
}

/** Carry the recommendations of an inspection on this laptop, read from the read model. */
export function carryFromInspection(port: EditStorePort, inspectionId: string, previousId: string): Promise<CarryResult> {
  return port.transaction(async (tx) => carryInto(tx, inspectionId, await tx.readEntities(previousId, ['inspection', 'unit', 'recommendation']), previousId));
}

/**
 * Carry the recommendations of an inspection read from a file (a `.tkt`
 * results package or a backup): its edits, already opened and checked by the
 * exchange code. Nothing of the previous inspection itself is stored.
 */
export function carryFromEdits(port: EditStorePort, inspectionId: string, previousId: string, previousEdits: readonly Edit[]): Promise<CarryResult> {
  const wanted = previousEdits.filter((e) => e.inspectionId === previousId && (e.entity === 'inspection' || e.entity === 'unit' || e.entity === 'recommendation'));
  const previous = deriveState(wanted);
  return port.transaction((tx) => carryInto(tx, inspectionId, previous, previousId));
}

/**
 * Put a follow-up item no unit matched on a unit. A record's unit is fixed
 * when it is made (the read model indexes it), so the item moves: the
 * unassigned record is deleted and the same values are written under the
 * unit, in one transaction. Returns false when the item is not waiting.
 */
export function assignFollowUp(port: EditStorePort, inspectionId: string, recordId: string, unitId: string): Promise<boolean> {
  return port.transaction(async (tx) => {
    const state = await tx.readRecords(inspectionId, [{ entity: 'followUp', recordId }]);
    const rec = getRecord(state, 'followUp', recordId);
    if (!rec || rec.unitId !== '' || !unitId) return false;
    const ctx = await contextOf(tx, inspectionId);
    const values = followUpsOf(state)[0].values;
    const moved = planFieldEdits({ records: new Map() }, ctx, 'followUp', `${recordId}-${unitId}`, unitId, { ...values });
    await tx.append([...planDeletion(state, ctx, 'followUp', recordId), ...moved]);
    return true;
  });
}
