import { describe, expect, it } from 'vitest';
import { deriveState, disagreements, getRecord, mergeEdits, type Disagreement } from '../../../shared/domain/derive';
import {
  bulkResolutionEdits,
  fieldKind,
  filterPlaced,
  groupPlaced,
  place,
  planTakeAssigned,
  type Assignment,
} from '../../../shared/domain/disagreements';
import type { Edit, Json } from '../../../shared/domain/edit';
import { planFieldEdits, type EditContext } from '../../../shared/domain/write';

function ctxFor(author: string, node: string, start = 1000): EditContext {
  let n = start;
  return { inspectionId: 'insp', author, nextId: () => `${String(n++).padStart(15, '0')}-0000-${node}` };
}

/** Three members answer the same items without seeing each other: every differing field is a disagreement. */
function teamWork(): { edits: Edit[]; list: Disagreement[] } {
  const lan = ctxFor('lan', 'aa');
  const minh = ctxFor('minh', 'bb');
  const hoa = ctxFor('hoa', 'cc');
  const write = (ctx: EditContext, unitId: string, itemId: string, values: Record<string, Json>) =>
    planFieldEdits(deriveState([]), ctx, 'response', `${unitId}~${itemId}`, unitId, values);
  const edits = mergeEdits(
    write(lan, 'u1', 'tc-1', { verdict: 'dat', count: 3 }),
    write(minh, 'u1', 'tc-1', { verdict: 'khong-dat', count: 4 }),
    write(lan, 'u2', 'tthc-1', { verdict: 'dat' }),
    write(minh, 'u2', 'tthc-1', { verdict: 'khong-dat' }),
    write(hoa, 'u2', 'tthc-1', { verdict: 'dat-mot-phan' }),
    write(lan, 'u1', 'tthc-1', { comment: 'đủ hồ sơ' }),
    write(hoa, 'u1', 'tthc-1', { comment: 'thiếu 2 hồ sơ' }),
  );
  return { edits, list: disagreements(deriveState(edits)) };
}

const SECTION = { 'tc-1': 'the-che', 'tthc-1': 'tthc' } as Record<string, string>;
const sectionOf = (d: Disagreement) => (d.entity === 'response' ? SECTION[d.recordId.split('~')[1]] : undefined);

// Lan is assigned thể chế in every unit; Minh is assigned everything in u2; Hòa has no assignment (all units, all sections).
const ASSIGNMENTS: Assignment[] = [
  { memberId: 'lan', unitIds: [], sectionIds: ['the-che'] },
  { memberId: 'minh', unitIds: ['u2'], sectionIds: [] },
  { memberId: 'hoa', unitIds: [], sectionIds: [] },
];

describe('the leader’s list of disagreements', () => {
  it('places each disagreement in its unit and section and groups them in the inspection’s order', () => {
    const placed = place(teamWork().list, sectionOf);
    const groups = groupPlaced(placed, ['u1', 'u2'], ['the-che', 'tthc']);
    expect(groups.map((g) => [g.unitId, g.sectionId, g.items.map((p) => p.d.field)])).toEqual([
      ['u1', 'the-che', ['count', 'verdict']],
      ['u1', 'tthc', ['comment']],
      ['u2', 'tthc', ['verdict']],
    ]);
    // Nothing is lost or counted twice by grouping.
    expect(groups.reduce((n, g) => n + g.items.length, 0)).toBe(placed.length);
  });

  it('filters by unit, section, member who wrote a standing value, and kind of field', () => {
    const placed = place(teamWork().list, sectionOf);
    expect(filterPlaced(placed, { unitId: 'u2' }).map((p) => p.key)).toEqual(['response/u2~tthc-1/verdict']);
    expect(filterPlaced(placed, { sectionId: 'the-che' })).toHaveLength(2);
    expect(filterPlaced(placed, { memberId: 'hoa' }).map((p) => p.key).sort()).toEqual(['response/u1~tthc-1/comment', 'response/u2~tthc-1/verdict']);
    expect(filterPlaced(placed, { kind: 'number' }).map((p) => p.key)).toEqual(['response/u1~tc-1/count']);
    expect(filterPlaced(placed, { unitId: 'u1', kind: 'verdict', memberId: 'minh' }).map((p) => p.key)).toEqual(['response/u1~tc-1/verdict']);
    expect(fieldKind('member', 'name')).toBe('setup');
  });

  it('takes the value of the one assigned member, and leaves fields with none or several assigned', () => {
    const placed = place(teamWork().list, sectionOf);
    const plan = planTakeAssigned(placed, ASSIGNMENTS);
    const taken = Object.fromEntries(plan.take.map((t) => [t.p.key, t.value]));
    // u1 thể chế: Lan is assigned, Minh is not (and Hòa wrote nothing there) → Lan's values.
    // u1 TTHC: Lan is not assigned TTHC, Hòa is → Hòa's comment.
    expect(taken).toEqual({ 'response/u1~tc-1/verdict': 'dat', 'response/u1~tc-1/count': 3, 'response/u1~tthc-1/comment': 'thiếu 2 hồ sơ' });
    const left = Object.fromEntries(plan.left.map((l) => [l.p.key, l.reason]));
    // u2 TTHC: Minh is assigned there, and Hòa (no assignment) is assigned everywhere: they disagree.
    expect(left['response/u2~tthc-1/verdict']).toBe('several-assigned');
    expect(plan.left).toHaveLength(1);
  });

  it('a field where no standing value is by an assigned member is left to the leader', () => {
    const placed = place(teamWork().list, sectionOf);
    const plan = planTakeAssigned(placed, [{ memberId: 'lan', unitIds: ['u9'], sectionIds: [] }]);
    expect(plan.take).toEqual([]);
    expect(plan.left.every((l) => l.reason === 'no-assigned')).toBe(true);
  });

  it('the bulk edits settle exactly the planned fields with the assigned values, and nothing else changes', () => {
    const { edits, list } = teamWork();
    const placed = place(list, sectionOf);
    const plan = planTakeAssigned(placed, ASSIGNMENTS);
    const leader = ctxFor('truong-doan', 'dd', 5000);
    const after = deriveState(mergeEdits(edits, bulkResolutionEdits(plan, leader)));
    const still = disagreements(after).map((d) => `${d.entity}/${d.recordId}/${d.field}`);
    expect(still).toEqual(['response/u2~tthc-1/verdict']);
    expect(getRecord(after, 'response', 'u1~tc-1')!.fields.verdict.value).toBe('dat');
    expect(getRecord(after, 'response', 'u1~tc-1')!.fields.count.value).toBe(3);
    expect(getRecord(after, 'response', 'u1~tthc-1')!.fields.comment.value).toBe('thiếu 2 hồ sơ');
    expect(getRecord(after, 'response', 'u1~tc-1')!.fields.verdict.author).toBe('truong-doan');
  });

  it('a value that arrives after the leader looked stays a disagreement instead of being overwritten', () => {
    const { edits, list } = teamWork();
    const plan = planTakeAssigned(place(list, sectionOf), ASSIGNMENTS);
    const bulk = bulkResolutionEdits(plan, ctxFor('truong-doan', 'dd', 5000));
    // Hòa's late answer on u1 thể chế, written without seeing anything.
    const late = planFieldEdits(deriveState([]), ctxFor('hoa', 'cc', 9000), 'response', 'u1~tc-1', 'u1', { verdict: 'khong-dat' });
    const after = deriveState(mergeEdits(edits, bulk, late));
    expect(getRecord(after, 'response', 'u1~tc-1')!.fields.verdict.conflict).toBe(true);
  });
});
