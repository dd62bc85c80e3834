/**
 * Authorship survives relays: a random team history in which members and
 * the leader write answers and pass each other whole copies of what they
 * hold (a member relaying a colleague's work, the leader's merged file),
 * while one member now and then forges a colleague's record. On every laptop,
 * at every step, each record stands in a kept segment that names it's author
 * and was signed by that author's own key. The test fails if the binding
 * (record author = segment author, segment key = the author's key) is
 * removed, because the forged records then get in.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveState } from '../../../shared/domain/derive';
import { responseId, type Edit } from '../../../shared/domain/edit';
import { planFieldEdits } from '../../../shared/domain/write';
import {
  buildPackage,
  checkImportBatch,
  coverWithSegments,
  generateDeviceKeyPair,
  segmentBytes,
  signSegmentWithKeys,
  type DeviceKeyPair,
  type SegmentPart,
  type StoredSegment,
} from '../../../shared/exchange';
import { INSPECTION_ID, ITEM_A, ITEM_B, TEMPLATE_REF, setupEdits } from './sample';

const MEMBERS = ['m1', 'm2', 'm3'] as const;
const LEADER = 'm1';

interface Laptop {
  me: string;
  keys: DeviceKeyPair;
  edits: Map<string, Edit>;
  segments: StoredSegment[];
  pinned?: string;
  tick: number;
}

function team(): Record<string, Laptop> {
  const out: Record<string, Laptop> = {};
  MEMBERS.forEach((m, i) => (out[m] = { me: m, keys: generateDeviceKeyPair(), edits: new Map(), segments: [], tick: 1_700_000_000_000 + i * 10_000_000 }));
  // The leader's set-up, with every member's key compared and trusted by the leader.
  const l = out[LEADER];
  for (const e of setupEdits({ m2: out.m2.keys.publicKey, m3: out.m3.keys.publicKey })) l.edits.set(e.id, e);
  return out;
}

const nextId = (l: Laptop) => () => `${String(++l.tick).padStart(15, '0')}-0000-${l.me}`;

function write(l: Laptop, unit: 'u1' | 'u2', item: string, verdict: string): void {
  const ctx = { inspectionId: INSPECTION_ID, author: l.me, nextId: nextId(l), settles: l.me === LEADER };
  const r = responseId(unit, item);
  for (const e of planFieldEdits(deriveState([...l.edits.values()]), ctx, 'response', r, unit, { verdict })) l.edits.set(e.id, e);
}

/** What a laptop sends: its own authors' records signed now, everyone else's in the segments they came in. */
function exportAll(l: Laptop): Uint8Array {
  const own: Edit[] = [];
  const others = new Set<string>();
  const ownAuthors = new Set([l.me, ...(l.me === LEADER ? ['setup'] : [])]);
  for (const e of l.edits.values()) (ownAuthors.has(e.author) ? own.push(e) : others.add(e.id));
  const { chosen } = coverWithSegments(others, l.segments);
  const relayed: SegmentPart[] = chosen.map(({ editIds, ...proof }) => ({ proof, bytes: segmentBytes(editIds.map((id) => l.edits.get(id)!)) }));
  return buildPackage({ own, relayed }, { kind: 'merged', inspections: [TEMPLATE_REF], exporter: { memberId: l.me, name: '' }, keys: l.keys, appVersion: 'test' });
}

/** A forger's file: a colleague's answer with another value, the colleague named as author, signed with the forger's own key. */
function forge(l: Laptop, victim: string, asOwnSegment: boolean): Uint8Array {
  const r = responseId('u2', ITEM_B);
  const fake: Edit = { id: nextId(l)(), inspectionId: INSPECTION_ID, entity: 'response', recordId: r, field: 'verdict', value: 'khong-dat', author: victim, unitId: 'u2', replaces: [] };
  const seg = signSegmentWithKeys(INSPECTION_ID, asOwnSegment ? l.me : victim, [fake], l.keys);
  return buildPackage({ own: [], relayed: [seg] }, { kind: 'results', inspections: [TEMPLATE_REF], exporter: { memberId: l.me, name: '' }, keys: l.keys, appVersion: 'test' });
}

async function receive(to: Laptop, name: string, data: Uint8Array): Promise<boolean> {
  const [c] = await checkImportBatch([{ name, data }], {
    expectedInspectionId: INSPECTION_ID,
    loadEdits: async () => [...to.edits.values()],
    ownKey: to.keys.publicKey,
    me: { [INSPECTION_ID]: to.me },
    leaderKeys: to.pinned ? { [INSPECTION_ID]: to.pinned } : {},
  });
  if (!c.ok) return false;
  for (const e of c.preview.newEdits) to.edits.set(e.id, e);
  for (const s of c.preview.segments) if (!to.segments.some((x) => x.hash === s.hash)) to.segments.push(s);
  if (c.preview.leaderToConfirm && !to.pinned) to.pinned = c.preview.leaderToConfirm.publicKey;
  return true;
}

/** Every record a laptop did not write itself stands in a kept segment of its author, signed with that author's key. */
function provenAuthorship(l: Laptop, keyOf: (author: string) => string): void {
  const ownAuthors = new Set([l.me, ...(l.me === LEADER ? ['setup'] : [])]);
  for (const e of l.edits.values()) {
    if (ownAuthors.has(e.author)) continue;
    const seg = l.segments.find((s) => s.editIds.includes(e.id));
    expect(seg, `record ${e.id} on ${l.me}'s laptop has no segment`).toBeDefined();
    expect(seg!.author).toBe(e.author);
    expect(seg!.publicKey).toBe(keyOf(e.author));
  }
}

const step = fc.oneof(
  fc.record({ kind: fc.constant('write' as const), who: fc.constantFrom(...MEMBERS), unit: fc.constantFrom('u1' as const, 'u2' as const), item: fc.constantFrom(ITEM_A, ITEM_B), verdict: fc.constantFrom('dat', 'khong-dat', 'dat-mot-phan') }),
  fc.record({ kind: fc.constant('send' as const), from: fc.constantFrom(...MEMBERS), to: fc.constantFrom(...MEMBERS) }),
  fc.record({ kind: fc.constant('forge' as const), from: fc.constantFrom('m2', 'm3'), to: fc.constantFrom(...MEMBERS), asOwnSegment: fc.boolean() }),
);

describe('authorship across relays', () => {
  it('every record on every laptop is proven by its author’s own key, whoever relayed it; forged records never get in', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 3, maxLength: 14 }), async (steps) => {
        const t = team();
        const keyOf = (author: string) => (author === 'setup' ? t[LEADER].keys.publicKey : t[author].keys.publicKey);
        // Everyone starts from the leader's set-up file.
        const setupFile = exportAll(t[LEADER]);
        for (const m of ['m2', 'm3']) expect(await receive(t[m], 'thiet-lap.tkt', setupFile)).toBe(true);
        for (const s of steps) {
          if (s.kind === 'write') write(t[s.who], s.unit, s.item, s.verdict);
          else if (s.kind === 'send' && s.from !== s.to) expect(await receive(t[s.to], `tu-${s.from}.tkt`, exportAll(t[s.from]))).toBe(true);
          else if (s.kind === 'forge') {
            const victim = s.from === 'm2' ? 'm3' : 'm2';
            if (s.to !== s.from) expect(await receive(t[s.to], `gia-mao.tkt`, forge(t[s.from], victim, s.asOwnSegment))).toBe(false);
          }
          for (const m of MEMBERS) provenAuthorship(t[m], keyOf);
        }
      }),
      { numRuns: 30 },
    );
  });
});
