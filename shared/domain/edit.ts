/**
 * Every change a person makes is one immutable edit record. The current state
 * is derived from the set of edits (see derive.ts), so merging several
 * inspectors' work is a plain set union keyed by edit id.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const ENTITY_KINDS = [
  'inspection',
  'unit',
  'member',
  'response',
  'evidence',
  'attachment',
  'finding',
  'recommendation',
  /** A recommendation of the previous inspection carried into this one, with how the unit followed it up. */
  'followUp',
  'reportPart',
  'reportVersion',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Field name of a deletion edit. */
export const DELETED_FIELD = '$deleted';

export interface Edit {
  /** Hybrid logical clock timestamp of the edit; unique because it carries the device id. */
  id: string;
  inspectionId: string;
  entity: EntityKind;
  recordId: string;
  field: string;
  value: Json;
  /** Member id of the person who made the edit. */
  author: string;
  /** Unit the record belongs to ('' for inspection-wide records); indexed for fast per-unit reads. */
  unitId: string;
  /**
   * Ids of the edits this one replaces: the field's current values as the
   * author saw them. For a deletion, every head of every field of the record
   * the author saw. Two edits that do not know of each other are concurrent.
   */
  replaces: string[];
}

export function recordKey(entity: EntityKind, recordId: string): string {
  return `${entity}/${recordId}`;
}

export function fieldKey(entity: EntityKind, recordId: string, field: string): string {
  return `${entity}/${recordId}/${field}`;
}

/** Response records are one per unit × item; their id is derived, so two inspectors write the same record. */
export function responseId(unitId: string, itemId: string): string {
  return `${unitId}~${itemId}`;
}

/** Deep equality of two JSON values (object key order ignored). */
export function sameValue(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  return stableStringify(a) === stableStringify(b);
}

/** JSON with object keys sorted, so equal values always serialise identically (hashing, comparison). */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stableStringify(obj[k])}`).join(',')}}`;
}
