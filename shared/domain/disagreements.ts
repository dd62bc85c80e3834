/**
 * The leader's work list on Tổng hợp đoàn: open disagreements placed by unit
 * and checklist section, filtered, and the bulk choice "take the assigned
 * member's value". Pure over the list of disagreements and plain lookups, so
 * it does not care whether the list comes from a full derivation or a read model.
 */
import type { Disagreement } from './derive';
import type { Edit, EntityKind, Json } from './edit';
import { sameValue } from './edit';
import type { EditContext } from './write';

/** Kinds of field the leader filters by. */
export type FieldKind = 'verdict' | 'number' | 'date' | 'text' | 'setup';

const NUMBER_FIELDS = new Set(['numerator', 'denominator', 'count']);
const DATE_FIELDS = new Set(['date', 'deadline', 'seenAt']);
const SETUP_ENTITIES = new Set<EntityKind>(['inspection', 'unit', 'member']);

export function fieldKind(entity: EntityKind, field: string): FieldKind {
  if (SETUP_ENTITIES.has(entity)) return 'setup';
  if (field === 'verdict') return 'verdict';
  if (NUMBER_FIELDS.has(field)) return 'number';
  if (DATE_FIELDS.has(field)) return 'date';
  return 'text';
}

/** Where a disagreement sits: its unit ('' = inspection-wide) and checklist section ('' = none). */
export interface Placed {
  d: Disagreement;
  key: string;
  unitId: string;
  sectionId: string;
  kind: FieldKind;
}

export function disagreementKey(d: Pick<Disagreement, 'entity' | 'recordId' | 'field'>): string {
  return `${d.entity}/${d.recordId}/${d.field}`;
}

/** `sectionOf` answers the section of a record (e.g. from the template for a response, from its sectionId for a finding). */
export function place(list: readonly Disagreement[], sectionOf: (d: Disagreement) => string | undefined): Placed[] {
  return list.map((d) => ({ d, key: disagreementKey(d), unitId: d.unitId, sectionId: sectionOf(d) ?? '', kind: fieldKind(d.entity, d.field) }));
}

export interface DisagreementFilter {
  unitId?: string;
  sectionId?: string;
  /** A disagreement where this member wrote one of the standing values. */
  memberId?: string;
  kind?: FieldKind;
}

export function filterPlaced(list: readonly Placed[], f: DisagreementFilter): Placed[] {
  return list.filter(
    (p) =>
      (f.unitId === undefined || p.unitId === f.unitId) &&
      (f.sectionId === undefined || p.sectionId === f.sectionId) &&
      (f.kind === undefined || p.kind === f.kind) &&
      (f.memberId === undefined || p.d.heads.some((h) => h.author === f.memberId)),
  );
}

export interface DisagreementGroup {
  unitId: string;
  sectionId: string;
  items: Placed[];
}

/**
 * One group per unit × section, units and sections in the given orders
 * (inspection-wide first, unknown ones last), items in a stable order inside.
 */
export function groupPlaced(list: readonly Placed[], unitOrder: readonly string[], sectionOrder: readonly string[]): DisagreementGroup[] {
  const rank = (order: readonly string[], id: string) => (id === '' ? -1 : order.includes(id) ? order.indexOf(id) : order.length);
  const groups = new Map<string, DisagreementGroup>();
  for (const p of list) {
    const k = `${p.unitId}\u0000${p.sectionId}`;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { unitId: p.unitId, sectionId: p.sectionId, items: [] }));
    g.items.push(p);
  }
  const out = [...groups.values()];
  for (const g of out) g.items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return out.sort(
    (a, b) =>
      rank(unitOrder, a.unitId) - rank(unitOrder, b.unitId) ||
      (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0) ||
      rank(sectionOrder, a.sectionId) - rank(sectionOrder, b.sectionId) ||
      (a.sectionId < b.sectionId ? -1 : a.sectionId > b.sectionId ? 1 : 0),
  );
}

/** A member's assignment: no units means every unit, no sections means every section. */
export interface Assignment {
  memberId: string;
  unitIds: readonly string[];
  sectionIds: readonly string[];
}

function assignedTo(a: Assignment, unitId: string, sectionId: string): boolean {
  return (a.unitIds.length === 0 || a.unitIds.includes(unitId)) && (a.sectionIds.length === 0 || a.sectionIds.includes(sectionId));
}

export type AssignedChoice = { ok: true; value: Json; head: Edit } | { ok: false; reason: 'no-assigned' | 'several-assigned' };

/**
 * The value of the member assigned to this unit and section. Only a checklist
 * field can have one; when no standing value is by an assigned member, or
 * assigned members disagree among themselves, there is nothing to take.
 */
export function assignedChoice(p: Placed, assignments: readonly Assignment[]): AssignedChoice {
  if (p.kind === 'setup' || p.unitId === '' || p.sectionId === '') return { ok: false, reason: 'no-assigned' };
  const assigned = new Set(assignments.filter((a) => assignedTo(a, p.unitId, p.sectionId)).map((a) => a.memberId));
  const heads = p.d.heads.filter((h) => assigned.has(h.author));
  if (heads.length === 0) return { ok: false, reason: 'no-assigned' };
  if (heads.some((h) => !sameValue(h.value, heads[0].value))) return { ok: false, reason: 'several-assigned' };
  // The latest of equal values, so the choice is the same on every laptop.
  const head = heads.reduce((a, b) => (b.id > a.id ? b : a));
  return { ok: true, value: head.value, head };
}

export interface BulkPlan {
  take: { p: Placed; value: Json }[];
  /** Fields left for the leader to settle one by one. */
  left: { p: Placed; reason: 'no-assigned' | 'several-assigned' }[];
}

export function planTakeAssigned(list: readonly Placed[], assignments: readonly Assignment[]): BulkPlan {
  const plan: BulkPlan = { take: [], left: [] };
  for (const p of list) {
    const c = assignedChoice(p, assignments);
    if (c.ok) plan.take.push({ p, value: c.value });
    else plan.left.push({ p, reason: c.reason });
  }
  return plan;
}

/**
 * The edits that settle the planned fields: each new value replaces exactly
 * the standing values the leader saw, so a value that arrives meanwhile
 * stays a disagreement instead of being silently overwritten.
 */
export function bulkResolutionEdits(plan: BulkPlan, ctx: EditContext): Edit[] {
  return plan.take.map(({ p, value }) => ({
    id: ctx.nextId(),
    inspectionId: ctx.inspectionId,
    entity: p.d.entity,
    recordId: p.d.recordId,
    field: p.d.field,
    value,
    author: ctx.author,
    unitId: p.d.unitId,
    replaces: p.d.heads.map((h) => h.id),
  }));
}
