/**
 * The read model kept incrementally equals the one rebuilt from the edit log,
 * and equals what deriveState computes, whatever order and batches the edits
 * arrive in: random team histories (concurrent edits, deletions, settled
 * disagreements) fed in shuffled orders, split into random batches, including
 * unsorted concatenations of the laptops' sets with duplicates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveState, disagreements, mergeEdits, type DerivedState } from '../../../shared/domain/derive';
import { stableStringify, type Edit } from '../../../shared/domain/edit';
import { authoredCounts, progressOf } from '../../../shared/domain/progress';
import { arrivals, ITEM_A } from './histories';
import { stateFromRows, disagreementsFromHeads } from '../../../shared/core/fromRows';
import { MemoryReadModel, rebuildReadModel } from '../../../shared/core/memoryStore';
import { CCHC_TEMPLATE } from '../../../shared/templates';

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
