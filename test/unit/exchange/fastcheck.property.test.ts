/**
 * The fast import checks (shared/exchange/fastcheck.ts) against the zod schemas
 * they stand in for: on valid records and on records mutated in every way a
 * broken or crafted file could be, the fast path only ever says "valid" when
 * zod does, and the whole records step (readEditRecords) gives exactly the
 * verdict, record number and message of the plain zod loop it replaced.
 */
import { valueHasXmlInvalid } from '../../../shared/domain/xmlText';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTimestamp } from '../../../shared/domain/clock';
import { DELETED_FIELD, ENTITY_KINDS, stableStringify, type Edit, type EntityKind } from '../../../shared/domain/edit';
import {
  DOC_TYPES,
  EditSchema,
  EvidenceSchema,
  FindingSchema,
  InspectionSchema,
  MEMBER_ROLES,
  MemberSchema,
  RecommendationSchema,
  ReportPartSchema,
  ReportVersionSchema,
  ResponseSchema,
  UnitSchema,
  VERDICTS,
  FollowUpSchema,
  AttachmentSchema,
  checkEditValue,
  firstIssueMessage,
} from '../../../shared/domain/schemas';
import { checkEditValueFast, fastEditEnvelope, fastIsTimestamp } from '../../../shared/exchange/fastcheck';
import { readEditRecords } from '../../../shared/exchange/records';
import { utf8ToBytes } from '../../../shared/exchange/crypto';

const FIELDS: Record<EntityKind, string[]> = {
  inspection: Object.keys(InspectionSchema.shape),
  unit: Object.keys(UnitSchema.shape),
  member: Object.keys(MemberSchema.shape),
  response: Object.keys(ResponseSchema.shape),
  evidence: Object.keys(EvidenceSchema.shape),
  attachment: Object.keys(AttachmentSchema.shape),
  finding: Object.keys(FindingSchema.shape),
  recommendation: Object.keys(RecommendationSchema.shape),
  followUp: Object.keys(FollowUpSchema.shape),
  reportPart: Object.keys(ReportPartSchema.shape),
  reportVersion: Object.keys(ReportVersionSchema.shape),
};
const STRANGE_FIELDS = [DELETED_FIELD, 'constructor', 'toString', '__proto__', 'hasOwnProperty', 'khong-co', ''];

/** The records step as it was before the fast paths: zod for every envelope and value. */
function reference(list: unknown, inspectionIds: Set<string>) {
  if (!Array.isArray(list)) return { ok: false, index: 1, reason: 'edits.json không phải danh sách bản ghi' };
  const byId = new Map<string, Edit>();
  for (let i = 0; i < list.length; i++) {
    const r = EditSchema.safeParse(list[i]);
    if (!r.success) return { ok: false, index: i + 1, reason: firstIssueMessage(r.error) };
    const edit = r.data as Edit;
    if (valueHasXmlInvalid(edit.value)) return { ok: false, index: i + 1, reason: 'có ký tự điều khiển không in được (như U+FFFE), làm hỏng tệp báo cáo' };
    const bad = checkEditValue(edit.entity, edit.field, edit.value);
    if (bad) return { ok: false, index: i + 1, reason: bad };
    if (!inspectionIds.has(edit.inspectionId)) return { ok: false, index: i + 1, reason: 'thuộc cuộc kiểm tra không ghi trong phần mô tả' };
    if (!byId.has(edit.id)) byId.set(edit.id, edit);
  }
  return { ok: true, edits: [...byId.values()] };
}

const timestamp = fc
  .tuple(fc.integer({ min: 0, max: 999_999_999_999_999 }), fc.integer({ min: 0, max: 0xffff }), fc.stringMatching(/^[0-9a-z]{1,32}$/))
  .map(([ms, c, node]) => `${String(ms).padStart(15, '0')}-${c.toString(16).padStart(4, '0')}-${node}`);

/** A timestamp with one character changed, removed or added: the near misses a checker can get wrong. */
const nearTimestamp = fc
  .tuple(timestamp, fc.nat(60), fc.constantFrom('', 'A', 'F', 'g', 'z', '-', '0', '9', '/', ':', '`', '{', ' ', 'đ', '\n', '00'), fc.boolean())
  .map(([ts, at, ch, insert]) => {
    const i = at % (ts.length + 1);
    return insert ? ts.slice(0, i) + ch + ts.slice(i) : ts.slice(0, i) + ch + ts.slice(i + 1);
  });

const LIMITS = [0, 1, 2, 15, 20, 50, 64, 100, 200, 300, 500, 1000, 5000, 20_000, 100_000];
const sizedText = fc
  .tuple(fc.constantFrom(...LIMITS), fc.integer({ min: -1, max: 1 }), fc.constantFrom('a', 'Đ', ' ', 'ờ', '\t'))
  .map(([n, d, ch]) => ch.repeat(Math.max(0, n + d)));

/** Values that hit every branch of the field schemas: limits, enums and near misses, dates, numbers, shapes. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  sizedText,
  fc.constantFrom(...VERDICTS, ...DOC_TYPES, ...MEMBER_ROLES, 'strength', 'shortcoming', 'Dat', 'dat ', 'QD', 'khác', 'thanh vien'),
  fc.constantFrom('2025-02-29', '2024-02-29', '2025-13-01', '2025-01-00', '', '05/08/2025', '2025-1-5', ' 2025-01-05'),
  fc.constantFrom(-1, 0, -0, 1, 2.5, 1e12, 1e12 + 1, -1e-9, Number.MAX_SAFE_INTEGER, Infinity, NaN),
  fc.constantFrom(null, true, false, undefined, [], {}, ['u1', 'u2'], ['u1', 3], { number: '14/KH', date: '2025-08-05' }, { number: ' ', date: '2025-08-05' }),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 80 }),
  fc.constantFrom('a'.repeat(64), 'f'.repeat(64), 'A'.repeat(64), 'a'.repeat(63)),
);

const entity = fc.constantFrom(...ENTITY_KINDS);
const fieldOf = (e: EntityKind) => fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...FIELDS[e]) }, { weight: 1, arbitrary: fc.constantFrom(...STRANGE_FIELDS) });

const validEdit: fc.Arbitrary<Edit> = entity.chain((e) =>
  fc.record({
    id: timestamp,
    inspectionId: fc.constantFrom('insp1', 'insp2'),
    entity: fc.constant(e),
    recordId: fc.string({ minLength: 1, maxLength: 40 }),
    field: fc.constantFrom(...FIELDS[e]),
    value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Edit['value']>,
    author: fc.string({ minLength: 1, maxLength: 64 }),
    unitId: fc.string({ maxLength: 64 }),
    replaces: fc.array(timestamp, { maxLength: 4 }),
  }),
);

type Mutation = { kind: 'set'; key: string; value: unknown } | { kind: 'delete'; key: string } | { kind: 'whole'; value: unknown };
const KEYS = ['id', 'inspectionId', 'entity', 'recordId', 'field', 'value', 'author', 'unitId', 'replaces', 'extra', '__proto__'];
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('set' as const), key: fc.constantFrom(...KEYS), value: fc.oneof(anyValue, nearTimestamp, fc.array(fc.oneof(timestamp, nearTimestamp, anyValue), { maxLength: 3 })) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), key: fc.constantFrom(...KEYS) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('whole' as const), value: anyValue }) },
);

function mutate(e: Edit, ms: Mutation[]): unknown {
  let out: unknown = { ...e, replaces: [...e.replaces] };
  for (const m of ms) {
    // Copies, so a mutation never changes a value fast-check hands out again later.
    if (m.kind === 'whole') out = structuredClone(m.value);
    else if (typeof out === 'object' && out !== null) {
      if (m.kind === 'delete') delete (out as Record<string, unknown>)[m.key];
      else Object.defineProperty(out, m.key, { value: structuredClone(m.value), enumerable: true, writable: true, configurable: true });
    }
  }
  return out;
}

describe('fast import checks give the same verdicts as the zod schemas', () => {
  it('fastIsTimestamp agrees with isTimestamp on timestamps, near misses and any string', () => {
    fc.assert(
      fc.property(fc.oneof(timestamp, nearTimestamp, fc.string({ maxLength: 60 })), (s) => {
        expect(fastIsTimestamp(s)).toBe(isTimestamp(s));
      }),
      { numRuns: 5000 },
    );
  });

  it('valid records take the fast path (all but "__proto__" keys) and come out exactly as zod parses them', () => {
    fc.assert(
      fc.property(validEdit, (e) => {
        // As read from a file: through JSON (which also turns -0 into 0).
        const text = JSON.stringify(e);
        const record: unknown = JSON.parse(text);
        const fast = fastEditEnvelope(record);
        // An object key "__proto__" is the one thing deliberately left to zod.
        if (!text.includes('"__proto__"')) expect(fast).toBeDefined();
        if (fast) expect(fast).toEqual(EditSchema.parse(record));
      }),
      { numRuns: 1000 },
    );
  });

  it('a mutated record is only ever passed by the fast path when zod passes it too, unchanged', () => {
    fc.assert(
      fc.property(validEdit, fc.array(mutation, { minLength: 1, maxLength: 3 }), (e, ms) => {
        const record = mutate(e, ms);
        const fast = fastEditEnvelope(record);
        const zod = EditSchema.safeParse(record);
        if (fast) {
          expect(zod.success).toBe(true);
          expect(fast).toEqual(zod.data);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('checkEditValueFast gives checkEditValue\'s answer, message included, for every field and any value, asked twice', () => {
    fc.assert(
      fc.property(
        entity.chain((e) => fc.tuple(fc.constant(e), fieldOf(e))),
        anyValue,
        ([e, field], value) => {
          const expected = checkEditValue(e, field, value);
          expect(checkEditValueFast(e, field, value)).toBe(expected);
          // The second time may come from the memory of valid values.
          expect(checkEditValueFast(e, field, value)).toBe(expected);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('the records step refuses the same record with the same message as the zod loop, or accepts the same records', () => {
    const ids = new Set(['insp1']);
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 6, arbitrary: validEdit as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: fc.tuple(validEdit, fc.array(mutation, { minLength: 1, maxLength: 2 })).map(([e, ms]) => mutate(e, ms)) }), { maxLength: 12 }),
        fc.boolean(),
        (list, sorted) => {
          const records = sorted ? [...list].sort((a, b) => (stableStringify(a) < stableStringify(b) ? -1 : 1)) : list;
          const text = JSON.stringify(records);
          if (text === undefined) return;
          const parsed: unknown = JSON.parse(text);
          expect(readEditRecords(utf8ToBytes(text), ids)).toEqual(reference(parsed, ids));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('bytes that are not UTF-8 refuse the file exactly as a strict decoder does; a real U+FFFD in a text is kept', () => {
    const good: Edit = { id: '001700000000000-0000-aa', inspectionId: 'insp1', entity: 'response', recordId: 'u1~x', field: 'comment', value: 'Đã kiểm tra sổ theo dõi', author: 'm1', unitId: 'u1', replaces: [] };
    const ids = new Set(['insp1']);
    const strictly = (bytes: Uint8Array) => {
      try {
        return reference(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), ids);
      } catch {
        return { ok: false, index: 1, reason: 'edits.json không phải danh sách bản ghi' };
      }
    };
    const bytes = utf8ToBytes(JSON.stringify([good]));
    fc.assert(
      fc.property(fc.nat(bytes.length - 1), fc.integer({ min: 0x80, max: 0xff }), (at, b) => {
        const bad = bytes.slice();
        bad[at] = b;
        expect(readEditRecords(bad, ids)).toEqual(strictly(bad));
      }),
      { numRuns: 500 },
    );
    const marked = utf8ToBytes(JSON.stringify([{ ...good, value: 'ký tự \uFFFD lạ' }]));
    const r = readEditRecords(marked, ids);
    expect(r.ok && r.edits[0].value).toBe('ký tự \uFFFD lạ');
  });

  it('duplicate ids keep their first copy whether or not the file is in id order', () => {
    const base: Edit = { id: '001700000000000-0000-aa', inspectionId: 'insp1', entity: 'response', recordId: 'u1~x', field: 'verdict', value: 'dat', author: 'm1', unitId: 'u1', replaces: [] };
    const later = { ...base, id: '001700000000001-0000-aa', value: 'khong-dat' };
    const copy = { ...base, value: 'dat-mot-phan' };
    for (const list of [[base, later, copy], [base, copy, later], [later, base, copy]]) {
      const r = readEditRecords(utf8ToBytes(JSON.stringify(list)), new Set(['insp1']));
      expect(r).toEqual(reference(list, new Set(['insp1'])));
      expect(r.ok && r.edits.find((e) => e.id === base.id)?.value).toBe('dat');
    }
  });
});
