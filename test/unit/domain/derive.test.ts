import { describe, expect, it } from 'vitest';
import { deriveState, disagreements, fieldHistory, mergeEdits, getRecord } from '../../../shared/domain/derive';
import type { Edit, Json } from '../../../shared/domain/edit';
import { planDeletion, planFieldEdits, planResolution, type EditContext } from '../../../shared/domain/write';

function ctxFor(author: string, node: string): EditContext {
  let n = 0;
  return { inspectionId: 'insp', author, nextId: () => `${String(1000 + n++).padStart(15, '0')}-0000-${node}` };
}

function set(edits: Edit[], ctx: EditContext, recordId: string, values: Record<string, Json>): Edit[] {
  return planFieldEdits(deriveState(edits), ctx, 'response', recordId, 'u1', values);
}

describe('deriving state from edit records', () => {
  it('a later edit that saw the earlier one replaces it', () => {
    const a = ctxFor('lan', 'aa');
    const e1 = set([], a, 'u1~x', { verdict: 'dat' });
    const e2 = set(e1, a, 'u1~x', { verdict: 'khong-dat' });
    const s = deriveState([...e1, ...e2]);
    const f = getRecord(s, 'response', 'u1~x')!.fields.verdict;
    expect(f.value).toBe('khong-dat');
    expect(f.conflict).toBe(false);
    expect(f.author).toBe('lan');
  });

  it('unchanged fields produce no edit', () => {
    const a = ctxFor('lan', 'aa');
    const e1 = set([], a, 'u1~x', { verdict: 'dat', comment: 'ok' });
    expect(set(e1, a, 'u1~x', { verdict: 'dat', comment: 'ok' })).toEqual([]);
  });

  it('two members setting different values without seeing each other is a disagreement; equal values are not', () => {
    const a = ctxFor('lan', 'aa');
    const b = ctxFor('minh', 'bb');
    const ea = set([], a, 'u1~x', { verdict: 'dat', numerator: 13 });
    const eb = set([], b, 'u1~x', { verdict: 'khong-dat', numerator: 13 });
    const s = deriveState(mergeEdits(ea, eb));
    const rec = getRecord(s, 'response', 'u1~x')!;
    expect(rec.fields.verdict.conflict).toBe(true);
    expect(rec.fields.verdict.heads.map((h) => h.author).sort()).toEqual(['lan', 'minh']);
    expect(rec.fields.numerator.conflict).toBe(false);
    expect(disagreements(s)).toHaveLength(1);
  });

  it('the shown value of a disagreement is the same whatever the order edits arrived in', () => {
    const ea = set([], ctxFor('lan', 'aa'), 'u1~x', { verdict: 'dat' });
    const eb = set([], ctxFor('minh', 'bb'), 'u1~x', { verdict: 'khong-dat' });
    const s1 = deriveState([...ea, ...eb]);
    const s2 = deriveState([...eb, ...ea]);
    expect(getRecord(s1, 'response', 'u1~x')!.fields.verdict.value).toBe(getRecord(s2, 'response', 'u1~x')!.fields.verdict.value);
  });

  it('a resolution settles the disagreement and keeps every value in the history', () => {
    const ea = set([], ctxFor('lan', 'aa'), 'u1~x', { verdict: 'dat' });
    const eb = set([], ctxFor('minh', 'bb'), 'u1~x', { verdict: 'khong-dat' });
    const merged = mergeEdits(ea, eb);
    const res = planResolution(deriveState(merged), ctxFor('lead', 'cc'), 'response', 'u1~x', 'verdict', 'dat-mot-phan');
    const all = mergeEdits(merged, res);
    const f = getRecord(deriveState(all), 'response', 'u1~x')!.fields.verdict;
    expect(f.conflict).toBe(false);
    expect(f.value).toBe('dat-mot-phan');
    expect(fieldHistory(all, 'response', 'u1~x', 'verdict').map((e) => e.value)).toEqual(['dat', 'khong-dat', 'dat-mot-phan']);
  });

  it('a deletion removes only what its author saw', () => {
    const lan = ctxFor('lan', 'aa');
    const minh = ctxFor('minh', 'bb');
    const created = planFieldEdits(deriveState([]), lan, 'finding', 'f1', 'u1', { sectionId: 'tthc', kind: 'shortcoming', text: 'Chưa niêm yết' });
    // Minh receives the finding, edits its text; Lan meanwhile deletes it without seeing Minh's edit.
    const minhEdit = planFieldEdits(deriveState(created), minh, 'finding', 'f1', 'u1', { text: 'Chưa niêm yết đầy đủ' });
    const del = planDeletion(deriveState(created), lan, 'finding', 'f1');
    const merged = mergeEdits(created, minhEdit, del);
    expect(getRecord(deriveState(merged), 'finding', 'f1')?.fields.text.value).toBe('Chưa niêm yết đầy đủ');
    // A member's deletion after seeing everything still leaves a colleague's text: only the leader settles.
    const del2 = planDeletion(deriveState(merged), lan, 'finding', 'f1');
    expect(getRecord(deriveState(mergeEdits(merged, del2)), 'finding', 'f1')?.fields.text.value).toBe('Chưa niêm yết đầy đủ');
    // The leader's deletion, made after seeing everything, removes the record.
    const del3 = planDeletion(deriveState(merged), { ...ctxFor('truong-doan', 'cc'), settles: true }, 'finding', 'f1');
    expect(getRecord(deriveState(mergeEdits(merged, del3)), 'finding', 'f1')).toBeUndefined();
  });

  it('derives an empty state from no edits', () => {
    expect(deriveState([]).records.size).toBe(0);
  });
});

describe('merging edit sets', () => {
  const mk = (id: string, value: Json): Edit => ({ id, inspectionId: 'i', entity: 'response', recordId: 'u~x', field: 'comment', value, author: 'a', unitId: 'u', replaces: [] });
  const ts = (n: number, node: string) => `${String(n).padStart(15, '0')}-0000-${node}`;

  it('gives the same sorted union whether the sets arrive sorted or not', () => {
    const a = [mk(ts(1, 'aa'), 'a1'), mk(ts(3, 'aa'), 'a3'), mk(ts(5, 'aa'), 'a5')];
    const b = [mk(ts(2, 'bb'), 'b2'), mk(ts(3, 'aa'), 'a3'), mk(ts(6, 'bb'), 'b6')];
    const c = [mk(ts(4, 'cc'), 'c4')];
    const sorted = mergeEdits(a, b, c);
    expect(sorted.map((e) => e.value)).toEqual(['a1', 'b2', 'a3', 'c4', 'a5', 'b6']);
    expect(mergeEdits([...b].reverse(), c, [...a].reverse())).toEqual(sorted);
    expect(mergeEdits(sorted, sorted)).toEqual(sorted);
    expect(mergeEdits()).toEqual([]);
  });
});
