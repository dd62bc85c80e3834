/**
 * A deterministic, seeded large inspection for the benchmarks: a province-wide
 * self-inspection with every unit × item of the template answered, evidence,
 * findings and recommendations, a long autosave history (the bulk of the
 * edits: texts grow sentence by sentence), and a share of fields written by a
 * second member who had not seen the first one's value (disagreements).
 *
 * Each member works offline on their own laptop, so a member's edits replace
 * only what that member has seen: their own earlier edits and the leader's
 * set-up. The result is what the eight `.tkt` packages carry.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { initialClock, tick, type HlcState } from '../../shared/domain/clock';
import { responseId, type Edit, type EntityKind, type Json } from '../../shared/domain/edit';
import { DOC_TYPES, VERDICTS, type MemberRole } from '../../shared/domain/schemas';
import { CCHC_TEMPLATE } from '../../shared/templates';
import { createRng, type Rng } from './rng';
import * as P from './phrases';

export interface GeneratorOptions {
  seed: string;
  units: number;
  members: number;
  /** Total edit records, approximately (never fewer than one edit per field). */
  edits: number;
  /** Findings and recommendations together. */
  findings: number;
  /** Share of fields also written by a second member, concurrently. */
  concurrentShare: number;
}

export const FULL: GeneratorOptions = { seed: 'tkt-bench-1', units: 30, members: 8, edits: 100_000, findings: 2_000, concurrentShare: 0.1 };
export const QUICK: GeneratorOptions = { seed: 'tkt-bench-1', units: 3, members: 2, edits: 2_000, findings: 40, concurrentShare: 0.1 };

export interface BenchMember {
  id: string;
  name: string;
  role: MemberRole;
  /** HLC node id of the member's laptop. */
  node: string;
  unitIds: string[];
  /** The member's laptop key pair (Ed25519, hex), which signs their package. */
  keys: { secretKey: string; publicKey: string };
}

export interface LargeInspection {
  options: GeneratorOptions;
  inspectionId: string;
  units: { id: string; name: string }[];
  members: BenchMember[];
  /** The leader's set-up (inspection, units, members), which every member imported before the visit. */
  setup: Edit[];
  /** Each member's own edits, in the order made; the leader's include the set-up. */
  byMember: Edit[][];
  stats: { edits: number; fields: number; concurrentFields: number; responses: number; evidence: number; findings: number; recommendations: number };
}

type Kind = 'text' | 'short' | 'verdict' | 'numerator' | 'denominator' | 'count' | 'date' | 'fixed';

interface Slot {
  entity: EntityKind;
  recordId: string;
  unitId: string;
  field: string;
  owner: number;
  kind: Kind;
  first: Json;
}

const START = Date.UTC(2025, 8, 15, 1, 0, 0); // 08:00 in Đồng Nai, first day of the visit

export function generateInspection(options: GeneratorOptions): LargeInspection {
  const rng = createRng(options.seed);
  const M = Math.max(1, options.members);
  const inspectionId = rng.hex(20);
  const units = Array.from({ length: options.units }, (_, i) => ({
    id: rng.hex(20),
    name: `${P.UNIT_KINDS[i % P.UNIT_KINDS.length]} ${P.UNIT_NAMES[i % P.UNIT_NAMES.length]}${i >= P.UNIT_NAMES.length ? ` ${Math.floor(i / P.UNIT_NAMES.length) + 1}` : ''}`,
  }));
  const members: BenchMember[] = Array.from({ length: M }, (_, i) => ({
    id: rng.hex(20),
    name: P.PEOPLE[i % P.PEOPLE.length],
    role: i === 0 ? 'truong-doan' : i === 1 ? 'pho-truong-doan' : i === M - 1 && M > 2 ? 'thu-ky' : 'thanh-vien',
    node: rng.hex(16),
    unitIds: units.filter((_, u) => u % M === i).map((u) => u.id),
    keys: keyPair(rng.hex(64)),
  }));

  const clocks: HlcState[] = members.map((m) => initialClock(m.node));
  const byMember: Edit[][] = members.map(() => []);
  // What each member's laptop holds: the head they see of each field, and its value.
  const seen: Map<string, { id: string; value: Json }>[] = members.map(() => new Map());
  let now = START - 7 * 86_400_000;

  const write = (m: number, entity: EntityKind, recordId: string, unitId: string, field: string, value: Json): void => {
    const key = `${entity}/${recordId}/${field}`;
    const prev = seen[m].get(key);
    const t = tick(clocks[m], now);
    clocks[m] = t.state;
    byMember[m].push({ id: t.ts, inspectionId, entity, recordId, field, value, author: members[m].id, unitId, replaces: prev ? [prev.id] : [] });
    seen[m].set(key, { id: t.ts, value });
    now += 1_000 + (t.ts.charCodeAt(18) % 7) * 150;
  };

  // 1. The leader's set-up, a week before the visit.
  const leader = 0;
  const plan = { number: `14/KH-${P.DOC_SYMBOLS[0].split('-')[1]}`, date: '2025-08-05', summary: 'Kế hoạch kiểm tra công tác cải cách hành chính năm 2025' };
  const inspectionValues: Record<string, Json> = {
    title: 'Kiểm tra công tác cải cách hành chính, kiểm soát thủ tục hành chính năm 2025',
    governingBody: 'UBND TỈNH ĐỒNG NAI',
    issuingBody: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
    teamName: 'Đoàn kiểm tra công tác cải cách hành chính năm 2025',
    reportSymbol: 'BC-ĐKT',
    reportNumber: '',
    reportDate: '',
    placeName: 'Đồng Nai',
    addressee: 'Giám đốc Sở Khoa học và Công nghệ',
    plan,
    decision: { number: '215/QĐ-SKHCN', date: '2025-08-20', summary: 'Quyết định thành lập Đoàn kiểm tra' },
    periodFrom: '2024-10-01',
    periodTo: '2025-09-30',
    visitFrom: '2025-09-15',
    visitTo: '2025-09-26',
    templateId: CCHC_TEMPLATE.id,
    templateVersion: CCHC_TEMPLATE.version,
    recipients: ['Giám đốc Sở (để b/c)', 'Các phòng, đơn vị thuộc Sở', 'Lưu: VT, ĐKT'],
  };
  for (const [field, value] of Object.entries(inspectionValues)) write(leader, 'inspection', inspectionId, '', field, value);
  units.forEach((u, order) => {
    write(leader, 'unit', u.id, '', 'name', u.name);
    write(leader, 'unit', u.id, '', 'order', order);
  });
  members.forEach((m, order) => {
    const values: Record<string, Json> = {
      name: m.name,
      position: P.POSITIONS[order % P.POSITIONS.length],
      role: m.role,
      unitIds: m.unitIds,
      sectionIds: [],
      publicKey: m.keys.publicKey,
      order,
    };
    for (const [field, value] of Object.entries(values)) write(leader, 'member', m.id, '', field, value);
  });
  const setup = byMember[leader].slice();
  // Every member imported the set-up: their laptops know its heads.
  for (let m = 1; m < M; m++) for (const [k, v] of seen[leader]) seen[m].set(k, v);

  // 2. The slots: every field every record will have, with its first value.
  const slots: Slot[] = [];
  const stats = { edits: 0, fields: 0, concurrentFields: 0, responses: 0, evidence: 0, findings: 0, recommendations: 0 };
  const items = CCHC_TEMPLATE.sections.flatMap((s) => s.items.map((item) => ({ section: s, item })));
  const ownerOf = (u: number) => u % M;
  const perResponseBudget = Math.max(0, options.edits * 0.3 - options.findings * 4) / Math.max(1, units.length * items.length);
  const evidenceChance = Math.min(0.9, Math.max(0.1, (perResponseBudget - 3.2) / 5.5));
  units.forEach((u, ui) => {
    const owner = ownerOf(ui);
    for (const { item } of items) {
      if (rng.chance(0.04)) continue; // a few items left unanswered
      stats.responses++;
      const rid = responseId(u.id, item.id);
      const add = (field: string, kind: Kind, first: Json) => slots.push({ entity: 'response', recordId: rid, unitId: u.id, field, owner, kind, first });
      for (const ask of item.asks) {
        if (ask === 'verdict') add('verdict', 'verdict', rng.pick(VERDICTS));
        else if (ask === 'ratio') {
          const den = rng.int(10, 2_500);
          add('denominator', 'denominator', den);
          add('numerator', 'numerator', rng.int(Math.floor(den * 0.5), den));
        } else if (ask === 'count') add('count', 'count', rng.int(0, 180));
        else if (ask === 'date') add('date', 'date', P.isoDateIn2025(rng));
        else if (ask === 'text') add('text', 'text', P.paragraph(rng, 1, 2));
      }
      if (rng.chance(0.25)) add('comment', 'short', P.sentence(rng));
      const evidence = rng.chance(evidenceChance) ? rng.int(1, 2) : 0;
      for (let k = 0; k < evidence; k++) {
        stats.evidence++;
        const id = rng.hex(20);
        const ev = (field: string, kind: Kind, first: Json) => slots.push({ entity: 'evidence', recordId: id, unitId: u.id, field, owner, kind, first });
        ev('itemId', 'fixed', item.id);
        ev('docType', 'fixed', rng.pick(DOC_TYPES.slice(0, 8)));
        ev('number', 'short', P.docNumber(rng));
        ev('date', 'date', P.isoDateIn2025(rng));
        ev('summary', 'short', P.sentence(rng));
        ev('seenAt', 'short', `Lưu tại ${u.name}`);
      }
    }
  });
  for (let i = 0; i < options.findings; i++) {
    const ui = rng.int(0, units.length - 1);
    const owner = ownerOf(ui);
    const section = rng.pick(CCHC_TEMPLATE.sections);
    const id = rng.hex(20);
    const unitId = units[ui].id;
    if (i % 5 < 3) {
      stats.findings++;
      const kind = rng.chance(0.45) ? 'strength' : 'shortcoming';
      const f = (field: string, k: Kind, first: Json) => slots.push({ entity: 'finding', recordId: id, unitId, field, owner, kind: k, first });
      f('sectionId', 'fixed', section.id);
      f('kind', 'fixed', kind);
      f('text', 'text', P.paragraph(rng, 1, 2));
      if (kind === 'shortcoming') f('cause', 'short', P.cause(rng));
    } else {
      stats.recommendations++;
      const r = (field: string, k: Kind, first: Json) => slots.push({ entity: 'recommendation', recordId: id, unitId, field, owner, kind: k, first });
      r('sectionId', 'fixed', section.id);
      r('toUnit', 'fixed', units[ui].name);
      r('text', 'text', P.recommendation(rng));
      r('deadline', 'date', `2025-${String(rng.int(10, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`);
    }
  }
  stats.fields = slots.length;

  // 3. The visit: each field written once by its owner, in checklist order.
  now = Math.max(now, START);
  for (const s of slots) write(s.owner, s.entity, s.recordId, s.unitId, s.field, s.first);

  // 4. Then the autosave history (mostly texts growing) mixed with a second
  //    member writing a tenth of the fields without having seen the first value.
  const mutable = slots.filter((s) => s.kind !== 'fixed');
  const texts = mutable.filter((s) => s.kind === 'text' || s.kind === 'short');
  // A tenth of all fields (taken among those people change; ids and kinds never are).
  const concurrentChance = Math.min(1, (options.concurrentShare * slots.length) / Math.max(1, mutable.length));
  const concurrent = M > 1 ? mutable.filter(() => rng.chance(concurrentChance)) : [];
  stats.concurrentFields = concurrent.length;
  const written = byMember.reduce((n, list) => n + list.length, 0);
  const revisions = Math.max(0, options.edits - written - concurrent.length);
  const total = revisions + concurrent.length;
  let ci = 0;
  for (let i = 0; i < total; i++) {
    const dueConcurrent = ci < concurrent.length && rng.next() < (concurrent.length - ci) / (total - i);
    if (dueConcurrent) {
      const s = concurrent[ci++];
      const other = (s.owner + 1 + rng.int(0, M - 2)) % M;
      const ownerValue = seen[s.owner].get(`${s.entity}/${s.recordId}/${s.field}`)!.value;
      // A quarter agree (same value written twice), the rest disagree.
      const value = rng.chance(0.25) ? ownerValue : revise(rng, s, ownerValue, seen[s.owner]);
      write(other, s.entity, s.recordId, s.unitId, s.field, value);
    } else {
      const s = rng.chance(0.85) && texts.length ? rng.pick(texts) : rng.pick(mutable);
      const prev = seen[s.owner].get(`${s.entity}/${s.recordId}/${s.field}`)!.value;
      write(s.owner, s.entity, s.recordId, s.unitId, s.field, revise(rng, s, prev, seen[s.owner]));
    }
  }
  stats.edits = byMember.reduce((n, list) => n + list.length, 0);
  return { options, inspectionId, units, members, setup, byMember, stats };
}

function keyPair(secretKey: string): { secretKey: string; publicKey: string } {
  return { secretKey, publicKey: bytesToHex(ed25519.getPublicKey(hexToBytes(secretKey))) };
}

/** A new value for a field as a person would change it. */
function revise(rng: Rng, s: Slot, prev: Json, view: Map<string, { id: string; value: Json }>): Json {
  const other = (field: string) => view.get(`${s.entity}/${s.recordId}/${field}`)?.value;
  switch (s.kind) {
    case 'text': {
      const text = String(prev ?? '');
      // Typing on: a sentence more per autosave, until the paragraph is rewritten.
      return text.length < 700 && rng.chance(0.8) ? `${text} ${P.sentence(rng)}`.trim() : P.paragraph(rng, 1, 3);
    }
    case 'short':
      if (s.field === 'number') return P.docNumber(rng);
      if (s.field === 'seenAt') return `${rng.pick(['Lưu tại', 'Xem bản chính tại', 'Bản điện tử trên hệ thống'])} ${rng.pick(P.UNIT_KINDS)} ${rng.pick(P.UNIT_NAMES)}`;
      if (s.field === 'cause') return P.cause(rng);
      return P.sentence(rng);
    case 'verdict':
      return rng.pick(VERDICTS.filter((v) => v !== prev));
    case 'numerator':
      return rng.int(0, Number(other('denominator') ?? 100));
    case 'denominator':
      return rng.int(Number(other('numerator') ?? 0), 3_000);
    case 'count':
      return rng.int(0, 200);
    case 'date':
      return P.isoDateIn2025(rng);
    default:
      return prev;
  }
}

/** Every edit of the inspection, as the leader holds them after merging. */
export function allEdits(li: LargeInspection): Edit[] {
  return li.byMember.flat();
}
