/**
 * Random team histories for the read-model properties: three laptops write,
 * delete and settle disagreements on shared records (responses in two units
 * and sections, a finding, a recommendation) and sync with each other; the
 * resulting edits arrive unsorted, shuffled, duplicated and cut into batches.
 */
import fc from 'fast-check';
import { initialClock, receive, tick, type HlcState } from '../../../shared/domain/clock';
import { deriveState, getRecord, mergeEdits } from '../../../shared/domain/derive';
import type { Edit, EntityKind } from '../../../shared/domain/edit';
import { planDeletion, planFieldEdits, planResolution, type EditContext } from '../../../shared/domain/write';
import { CCHC_TEMPLATE } from '../../../shared/templates';

const LAPTOPS = ['aa', 'bb', 'cc'];
export const ITEM_A = CCHC_TEMPLATE.sections[0].items[0].id;
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
export function play(cmds: Cmd[]): Edit[][] {
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

/** Random arrival: the laptops' sets concatenated unsorted (with duplicates), shuffled, cut into batches. */
export const arrivals = fc
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

