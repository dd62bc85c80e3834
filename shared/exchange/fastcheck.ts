/**
 * Fast paths for import validation. Opening a large package checks ~100,000
 * records; running zod on each one was a fifth of the merge. These checks
 * only ever say "certainly valid": anything they are not sure of goes to the
 * zod schemas of shared/domain/schemas.ts, so every refusal keeps zod's
 * verdict and its message. test/unit/exchange/fastcheck.property.test.ts
 * holds them to EditSchema and checkEditValue on valid and mutated records.
 */
import type { z } from 'zod';
import { DELETED_FIELD, ENTITY_KINDS, type Edit } from '../domain/edit';
import { checkEditValue, fieldSchemaOf } from '../domain/schemas';

const ENTITY_SET: ReadonlySet<string> = new Set(ENTITY_KINDS);
const EDIT_KEYS = ['id', 'inspectionId', 'entity', 'recordId', 'field', 'value', 'author', 'unitId', 'replaces'] as const;
/** Deeper values are rare and left to zod, so this check never recurses far. */
const MAX_FAST_DEPTH = 32;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

const sizedString = (v: unknown, min: number, max: number): boolean => typeof v === 'string' && v.length >= min && v.length <= max;

/** isTimestamp by hand (15 digits, '-', 4 lowercase hex, '-', 1-32 of [0-9a-z]): the regex was a tenth of the check. */
export function fastIsTimestamp(v: unknown): boolean {
  if (typeof v !== 'string' || v.length < 22 || v.length > 53) return false;
  for (let i = 0; i < 15; i++) {
    const c = v.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  if (v.charCodeAt(15) !== 45 || v.charCodeAt(20) !== 45) return false;
  for (let i = 16; i < 20; i++) {
    const c = v.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  for (let i = 21; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 122))) return false;
  }
  return true;
}

/** Whether a value certainly passes `jsonValue`. */
function fastJson(v: unknown, depth: number): boolean {
  if (v === null) return true;
  switch (typeof v) {
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(v);
    case 'string':
      return v.length <= 5_000_000;
    case 'object': {
      if (depth >= MAX_FAST_DEPTH) return false;
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) if (!(i in v) || !fastJson(v[i], depth + 1)) return false;
        return true;
      }
      if (!isPlainObject(v)) return false;
      for (const k of Object.keys(v)) if (k === '__proto__' || !fastJson(v[k], depth + 1)) return false;
      return true;
    }
    default:
      return false;
  }
}

/**
 * The record itself when it certainly passes EditSchema with nothing to strip
 * (exactly the nine fields); undefined when only EditSchema can tell.
 */
export function fastEditEnvelope(raw: unknown): Edit | undefined {
  if (!isPlainObject(raw)) return undefined;
  // Nine enumerable keys, and each of the nine fields read below has the right
  // type (undefined never does): so there is nothing for zod to strip.
  let keys = 0;
  for (const k in raw) {
    void k;
    keys += 1;
  }
  if (keys !== EDIT_KEYS.length) return undefined;
  const { id, inspectionId, entity, recordId, field, value, author, unitId, replaces } = raw;
  if (!fastIsTimestamp(id)) return undefined;
  if (!sizedString(inspectionId, 1, 64) || typeof entity !== 'string' || !ENTITY_SET.has(entity)) return undefined;
  if (!sizedString(recordId, 1, 200) || !sizedString(field, 1, 64) || !sizedString(author, 1, 64) || !sizedString(unitId, 0, 64))
    return undefined;
  if (!Array.isArray(replaces) || replaces.length > 1000) return undefined;
  for (let i = 0; i < replaces.length; i++) if (!fastIsTimestamp(replaces[i])) return undefined;
  if (value === undefined || !fastJson(value, 0)) return undefined;
  return raw as unknown as Edit;
}

/** "Certainly valid" test of one field schema; undefined when the schema is not one we can mirror exactly. */
type Acceptor = (v: unknown) => boolean;

/**
 * Mirrors the plain shapes most fields have (optional/nullable wrappers around
 * a string with only length limits, or an enum) from zod's own definition,
 * so a changed limit changes the fast path too. Anything else (refinements,
 * trims, numbers, unions) gets no acceptor.
 */
function acceptorOf(schema: z.ZodType): Acceptor | undefined {
  const def = (schema as unknown as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
  if (!def) return undefined;
  const inner = () => acceptorOf(def.innerType as z.ZodType);
  switch (def.type) {
    case 'optional': {
      const a = inner();
      return a && ((v) => v === undefined || a(v));
    }
    case 'nullable': {
      const a = inner();
      return a && ((v) => v === null || a(v));
    }
    case 'enum': {
      const entries = def.entries as Record<string, unknown> | undefined;
      if (!entries) return undefined;
      const allowed = new Set(Object.values(entries));
      return (v) => typeof v === 'string' && allowed.has(v);
    }
    case 'string': {
      if (def.coerce) return undefined;
      let min = 0;
      let max = Infinity;
      for (const c of (def.checks as { _zod?: { def?: Record<string, unknown> } }[] | undefined) ?? []) {
        const cd = c._zod?.def;
        if (cd?.check === 'max_length' && typeof cd.maximum === 'number') max = Math.min(max, cd.maximum);
        else if (cd?.check === 'min_length' && typeof cd.minimum === 'number') min = Math.max(min, cd.minimum);
        else return undefined;
      }
      return (v) => typeof v === 'string' && v.length >= min && v.length <= max;
    }
    default:
      return undefined;
  }
}

/** Primitive values already found valid, per field: verdicts, numbers, dates repeat across thousands of records. */
const MAX_REMEMBERED = 10_000;
const fastFields = new Map<string, { accept?: Acceptor; valid: Map<unknown, true> }>();

function fastFieldOf(entity: (typeof ENTITY_KINDS)[number], field: string) {
  const key = `${entity}\u0000${field}`;
  let f = fastFields.get(key);
  if (!f) {
    const schema = fieldSchemaOf(entity, field);
    // Unknown fields are refused by checkEditValue; they get no entry, so a file cannot grow this map.
    if (!schema) return undefined;
    f = { accept: acceptorOf(schema), valid: new Map() };
    fastFields.set(key, f);
  }
  return f;
}

/** Same answer as checkEditValue, faster on the values records usually carry. */
export function checkEditValueFast(entity: (typeof ENTITY_KINDS)[number], field: string, value: unknown): string | undefined {
  const f = field === DELETED_FIELD || !ENTITY_SET.has(entity) ? undefined : fastFieldOf(entity, field);
  if (!f) return checkEditValue(entity, field, value);
  if (f.accept?.(value)) return undefined;
  const primitive = value === null || typeof value === 'number' || typeof value === 'boolean' || (typeof value === 'string' && value.length <= 64);
  if (primitive && f.valid.has(value)) return undefined;
  const bad = checkEditValue(entity, field, value);
  if (!bad && primitive && f.valid.size < MAX_REMEMBERED) f.valid.set(value, true);
  return bad;
}
