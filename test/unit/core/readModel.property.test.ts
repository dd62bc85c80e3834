/**
 * The read model kept incrementally equals the one rebuilt from the edit log,
 * and equals what deriveState computes, whatever order and batches the edits
 * arrive in: random team histories (concurrent edits, deletions, settled
 * disagreements) fed in shuffled orders, split into random batches, including
 * unsorted concatenations of the laptops' sets with duplicates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialClock, receive, tick, type HlcState } from '../../../shared/domain/clock';
import { deriveState, disagreements, getRecord, mergeEdits, type DerivedState } from '../../../shared/domain/derive';
import { stableStringify, type Edit, type EntityKind } from '../../../shared/domain/edit';
import { authoredCounts, progressOf } from '../../../shared/domain/progress';
import { planDeletion, planFieldEdits, planResolution, type EditContext } from '../../../shared/domain/write';
import { stateFromRows, disagreementsFromHeads } from '../../../shared/core/fromRows';
import { MemoryReadModel, rebuildReadModel } from '../../../shared/core/memoryStore';
import { CCHC_TEMPLATE } from '../../../shared/templates';

const LAPTOPS = ['aa', 'bb', 'cc'];
const ITEM_A = CCHC_TEMPLATE.sections[0].items[0].id;
const ITEM_B = CCHC_TEMPLATE.sections[1].items[0].id;
const RECORDS: { entity: EntityKind; id: string; unitId: string }[] = [
  { entity: 'response', id: `u1~${ITEM_A}`, unitId: 'u1' },
  { entity: 'response', id: `u2~${ITEM_B}`, unitId: 'u2' },
  { entity: 'finding', id: 'f1', unitId: 'u1' },
  { entity: 'recommendation', id: 'r1', unitId: 'u2' },
];
const FIELDS: Record<EntityKind, string[]> = {
  response: ['verdict', 'text'],
  finding: ['sectionId', 'text'],
  recommendation: ['sectionId', 'text'],
} as Record<EntityKind, string[]>;
const VALUES = ['dat', 'khong-dat', CCHC_TEMPLATE.sections[2].id, ''];

type Cmd =
  | { op: 'write'; who: number; rec: number; field: number; value: number; at: number }
  | { op: 'delete'; who: number; rec: number; at: number }
  | { op: 'resolve'; who: number; rec: number; field: number; value: number; at: number }
  | { op: 'sync'; who: number; from: number; at: number };

const cmd: fc.Arbitrary<Cmd> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('write' as const), who: fc.nat(2), rec: fc.nat(3), field: fc.nat(1), value: fc.nat(3), at: fc.nat(50) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), who: fc.nat(2), rec: fc.nat(3), at: fc.nat(50) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('resolve' as const), who: fc.nat(2), rec: fc.nat(3), field: fc.nat(1), value: fc.nat(3), at: fc.nat(50) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('sync' as const), who: fc.nat(2), from: fc.nat(2), at: fc.nat(50) }) },
);

/** Play a history; returns what each laptop holds at the end. */
function play(cmds: Cmd[]): Edit[][] {
  const known: Edit[][] = LAPTOPS.map(() => []);
  const clocks: HlcState[] = LAPTOPS.map((n) => initialClock(n));
  let wall = 1_000;
  for (const c of cmds) {
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
    let fresh: Edit[] = [];
    if (c.op === 'sync') {
      const incoming = known[c.from];
      const max = incoming.reduce((m, e) => (e.id > m ? e.id : m), '');
      if (max) clocks[c.who] = receive(clocks[c.who], max, now);
      known[c.who] = mergeEdits(known[c.who], incoming);
    } else {
      const rec = RECORDS[c.rec];
      if (c.op === 'write') fresh = planFieldEdits(state, ctx, rec.entity, rec.id, rec.unitId, { [FIELDS[rec.entity][c.field]]: VALUES[c.value] });
      else if (c.op === 'delete') fresh = planDeletion(state, ctx, rec.entity, rec.id);
      else if (getRecord(state, rec.entity, rec.id)) fresh = planResolution(state, ctx, rec.entity, rec.id, FIELDS[rec.entity][c.field], VALUES[c.value]);
    }
    known[c.who] = known[c.who].concat(fresh);
  }
  return known;
}

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
        Object.entries(r.fields).map(([f, s]) => [f, { value: s.value, conflict: s.conflict, author: s.author, editId: s.editId, heads: s.heads.map((h) => h.id) }]),
      ),
    })),
  );
}

function modelState(m: MemoryReadModel): DerivedState {
  return stateFromRows(m.records.values(), m.heads.values());
}

function rows(m: MemoryReadModel): string {
  const sorted = <T extends { key: string }>(xs: Iterable<T>) => [...xs].sort((a, b) => (a.key < b.key ? -1 : 1));
  return stableStringify({ records: sorted(m.records.values()), heads: sorted(m.heads.values()), counts: sorted(m.counts.values()) } as never);
}

/** The counters as the screens computed them before, from the derived state. */
function countsFromState(state: DerivedState): Record<string, number> {
  const out: Record<string, number> = {};
  for (const unitId of ['u1', 'u2'])
    for (const s of CCHC_TEMPLATE.sections) {
      const p = progressOf(state, CCHC_TEMPLATE, [unitId], [s.id]);
      if (p.answered) out[`i|answered|${unitId}|${s.id}`] = p.answered;
    }
  for (const m of ['m0', 'm1', 'm2']) {
    const c = authoredCounts(state, m);
    if (c.answers) out[`i|answers|${m}`] = c.answers;
    if (c.findings) out[`i|findings|${m}`] = c.findings;
    if (c.recommendations) out[`i|recommendations|${m}`] = c.recommendations;
  }
  return out;
}

function countsOf(m: MemoryReadModel): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of m.counts.values()) if (!c.name.startsWith('open|')) out[c.key] = c.n;
  return out;
}

function openTotal(m: MemoryReadModel): number {
  let n = 0;
  for (const c of m.counts.values()) if (c.name.startsWith('open|')) n += c.n;
  return n;
}

/** Random arrival: the laptops' sets concatenated unsorted (with duplicates), shuffled, cut into batches. */
const arrivals = fc
  .tuple(fc.array(cmd, { minLength: 1, maxLength: 60, size: 'large' }), fc.integer(), fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 30 }), fc.boolean())
  .map(([cmds, seed, cuts, shuffle]) => {
    const known = play(cmds);
    const all = known.flat();
    const order = shuffle ? shuffled(all, seed) : all;
    const batches: Edit[][] = [];
    let i = 0;
    let c = 0;
    while (i < order.length) {
      const n = cuts[c++ % cuts.length];
      batches.push(order.slice(i, i + n));
      i += n;
    }
    return { all, batches };
  });

function shuffled<T>(xs: T[], seed: number): T[] {
  const out = xs.slice();
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('read model (property-based)', () => {
  it('kept batch by batch equals the rebuild from the log, and equals deriveState', () => {
    fc.assert(
      fc.property(arrivals, ({ all, batches }) => {
        const incremental = new MemoryReadModel();
        for (const b of batches) incremental.append(b);
        const rebuilt = rebuildReadModel(mergeEdits(all));
        expect(rows(incremental)).toBe(rows(rebuilt));
        const derived = deriveState(all);
        expect(canonical(modelState(incremental))).toBe(canonical(derived));
        expect(countsOf(incremental)).toEqual(countsFromState(derived));
        expect(openTotal(incremental)).toBe(disagreements(derived).length);
        expect(disagreementsFromHeads(incremental.heads.values()).map((d) => `${d.entity}/${d.recordId}/${d.field}`).sort()).toEqual(
          disagreements(derived).map((d) => `${d.entity}/${d.recordId}/${d.field}`).sort(),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('really meets disagreements, deletions and settled disagreements (so the property is not vacuous)', () => {
    let conflicts = 0;
    let deletions = 0;
    let answered = 0;
    for (const { all } of fc.sample(arrivals, { numRuns: 200, seed: 7 })) {
      const m = rebuildReadModel(all);
      for (const r of m.records.values()) {
        if (r.deleted) deletions++;
        if (r.open) conflicts++;
        if (r.answered) answered++;
      }
    }
    expect(conflicts).toBeGreaterThan(50);
    expect(deletions).toBeGreaterThan(10);
    expect(answered).toBeGreaterThan(50);
  });
});

describe('derivation at scale', () => {
  it('settles 100,000 concurrent values on one field (linear, not quadratic)', () => {
    const edits: Edit[] = [];
    for (let i = 0; i < 100_000; i++)
      edits.push({ id: `t${String(i).padStart(6, '0')}`, inspectionId: 'i', entity: 'response', recordId: `u1~${ITEM_A}`, field: 'text', value: `v${i}`, author: 'm', unitId: 'u1', replaces: [] });
    const state = deriveState(edits.concat(edits.slice(0, 10)));
    expect(state.records.get(`response/u1~${ITEM_A}`)!.fields.text.heads).toHaveLength(100_000);
    const m = rebuildReadModel(edits);
    expect(m.heads.size).toBe(1);
    expect(openTotal(m)).toBe(1);
  });
});
