/**
 * Merge properties on random histories: several laptops write, delete and
 * settle disagreements on shared records, and pass files to each other in
 * any order. Whatever the order, the merged state is the same, re-importing
 * changes nothing, and every value anyone wrote stays in its field's history.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialClock, receive, tick, type HlcState } from '../../../shared/domain/clock';
import { deriveState, fieldHistory, getRecord, mergeEdits, type DerivedState } from '../../../shared/domain/derive';
import { stableStringify, type Edit, type EntityKind } from '../../../shared/domain/edit';
import { planDeletion, planFieldEdits, planResolution, type EditContext } from '../../../shared/domain/write';

const LAPTOPS = ['aa', 'bb', 'cc'];
const RECORDS: { entity: EntityKind; id: string }[] = [
  { entity: 'response', id: 'u1~x' },
  { entity: 'finding', id: 'f1' },
];
const FIELDS = ['verdict', 'text'];
const VALUES = ['dat', 'khong-dat', 'dat-mot-phan', ''];

type Cmd =
  | { op: 'write'; who: number; rec: number; field: number; value: number; at: number }
  | { op: 'delete'; who: number; rec: number; at: number }
  | { op: 'resolve'; who: number; rec: number; field: number; value: number; at: number }
  | { op: 'sync'; who: number; from: number; at: number };

const cmd: fc.Arbitrary<Cmd> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('write' as const), who: fc.nat(2), rec: fc.nat(1), field: fc.nat(1), value: fc.nat(3), at: fc.nat(50) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), who: fc.nat(2), rec: fc.nat(1), at: fc.nat(50) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('resolve' as const), who: fc.nat(2), rec: fc.nat(1), field: fc.nat(1), value: fc.nat(3), at: fc.nat(50) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('sync' as const), who: fc.nat(2), from: fc.nat(2), at: fc.nat(50) }) },
);

/** Play a history; returns what each laptop holds at the end. */
function play(cmds: Cmd[]): Edit[][] {
  const known: Edit[][] = LAPTOPS.map(() => []);
  const clocks: HlcState[] = LAPTOPS.map((n) => initialClock(n));
  let wall = 1_000;
  for (const c of cmds) {
    // Wall clocks wander: laptops disagree on the time, and sometimes go back.
    wall += c.at - 20;
    const now = Math.max(1, wall);
    const ctx: EditContext = {
      inspectionId: 'i',
      author: `m${c.who}`,
      nextId: () => {
        const r = tick(clocks[c.who], now);
        clocks[c.who] = r.state;
        return r.ts;
      },
    };
    const state = deriveState(known[c.who]);
    const rec = RECORDS[c.op === 'sync' ? 0 : c.rec];
    let fresh: Edit[] = [];
    if (c.op === 'write') fresh = planFieldEdits(state, ctx, rec.entity, rec.id, 'u1', { [FIELDS[c.field]]: VALUES[c.value] });
    else if (c.op === 'delete') fresh = planDeletion(state, ctx, rec.entity, rec.id);
    else if (c.op === 'resolve') {
      if (getRecord(state, rec.entity, rec.id)) fresh = planResolution(state, ctx, rec.entity, rec.id, FIELDS[c.field], VALUES[c.value]);
    } else {
      const incoming = known[c.from];
      const max = incoming.reduce((m, e) => (e.id > m ? e.id : m), '');
      if (max) clocks[c.who] = receive(clocks[c.who], max, now);
      known[c.who] = mergeEdits(known[c.who], incoming);
    }
    known[c.who] = known[c.who].concat(fresh);
  }
  return known;
}

/** Everything a screen could show, in one string: values, disagreements with their heads, deletions, authorship. */
function canonical(state: DerivedState): string {
  const recs = [...state.records.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  return stableStringify(
    recs.map(([key, r]) => ({
      key,
      deleted: r.deleted,
      unitId: r.unitId,
      createdBy: r.createdBy,
      createdAt: r.createdAt,
      fields: Object.fromEntries(
        Object.entries(r.fields).map(([f, s]) => [f, { value: s.value, conflict: s.conflict, author: s.author, heads: s.heads.map((h) => h.id).sort() }]),
      ),
    })),
  );
}

const view = (...sets: Edit[][]) => canonical(deriveState(mergeEdits(...sets)));
const histories = fc.array(cmd, { minLength: 1, maxLength: 60, size: 'large' }).map(play);

describe('merge of edit sets (property-based)', () => {
  it('is commutative: the order files are imported in does not matter', () => {
    fc.assert(fc.property(histories, ([a, b, c]) => {
      expect(view(a, b)).toBe(view(b, a));
      expect(view(a, b, c)).toBe(view(c, a, b));
    }), { numRuns: 200 });
  });

  it('is associative: relayed files (merged elsewhere first) give the same result', () => {
    fc.assert(fc.property(histories, ([a, b, c]) => {
      expect(view(mergeEdits(a, b), c)).toBe(view(a, mergeEdits(b, c)));
    }), { numRuns: 200 });
  });

  it('is idempotent: importing the same file twice changes nothing', () => {
    fc.assert(fc.property(histories, ([a, b]) => {
      const ab = mergeEdits(a, b);
      expect(view(ab, b)).toBe(view(ab));
      expect(view(a, a)).toBe(view(a));
      expect(mergeEdits(ab, a, b)).toEqual(ab);
    }), { numRuns: 200 });
  });

  it('loses no written value: every edit stays in the history of its field after any merge', () => {
    fc.assert(fc.property(histories, ([a, b, c]) => {
      const merged = mergeEdits(c, a, b);
      for (const e of [...a, ...b, ...c]) {
        const history = fieldHistory(merged, e.entity, e.recordId, e.field);
        expect(history.some((h) => h.id === e.id && stableStringify(h.value) === stableStringify(e.value) && h.author === e.author)).toBe(true);
      }
    }), { numRuns: 200 });
  });

  it('shows every concurrent different value as a disagreement until someone settles it', () => {
    fc.assert(fc.property(histories, ([a, b]) => {
      const state = deriveState(mergeEdits(a, b));
      for (const r of state.records.values())
        for (const f of Object.values(r.fields)) {
          const distinct = new Set(f.heads.map((h) => stableStringify(h.value)));
          expect(f.conflict).toBe(distinct.size > 1);
        }
    }), { numRuns: 100 });
  });
});

describe('the random histories above', () => {
  it('really contain disagreements, deletions and settled disagreements (so the properties are not vacuous)', () => {
    let conflicts = 0;
    let deletions = 0;
    let settled = 0;
    for (const [a, b] of fc.sample(histories, { numRuns: 200, seed: 42 })) {
      const merged = mergeEdits(a, b);
      const state = deriveState(merged);
      for (const r of state.records.values()) {
        if (r.deleted) deletions += 1;
        for (const f of Object.values(r.fields)) if (f.conflict) conflicts += 1;
      }
      if (merged.some((e) => e.replaces.length > 1 && e.field !== '$deleted')) settled += 1;
    }
    expect(conflicts).toBeGreaterThan(50);
    expect(deletions).toBeGreaterThan(10);
    expect(settled).toBeGreaterThan(20);
  });
});
