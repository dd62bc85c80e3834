/**
 * Turning a person's change into edit records. Each changed field becomes one
 * edit that replaces the field's current heads — so saving over a
 * disagreement settles it, and unchanged fields produce no edit at all.
 */
import { getRecord, type DerivedState } from './derive';
import { DELETED_FIELD, sameValue, type EntityKind, type Edit, type Json } from './edit';

export interface EditContext {
  inspectionId: string;
  author: string;
  /** Returns a fresh, strictly increasing HLC timestamp. */
  nextId: () => string;
  /**
   * Whether the author may replace others' values (the leader). A member's
   * edit replaces only that member's own standing values, so a different
   * value beside a colleague's stands as a disagreement for the leader to
   * settle, and the leader's laptop accepts the file (authority.ts).
   */
  settles?: boolean;
}

/** The standing values an edit by this author may replace. */
function replaceable(ctx: EditContext, heads: readonly Edit[]): string[] {
  return (ctx.settles ? heads : heads.filter((h) => h.author === ctx.author)).map((h) => h.id);
}

export function planFieldEdits(
  state: DerivedState,
  ctx: EditContext,
  entity: EntityKind,
  recordId: string,
  unitId: string,
  values: Record<string, Json | undefined>,
): Edit[] {
  const rec = state.records.get(`${entity}/${recordId}`);
  const out: Edit[] = [];
  for (const [field, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const current = rec?.fields[field];
    if (current && !current.conflict && sameValue(current.value, value)) continue;
    if (!current && (value === '' || value === null)) continue;
    out.push({
      id: ctx.nextId(),
      inspectionId: ctx.inspectionId,
      entity,
      recordId,
      field,
      value,
      author: ctx.author,
      unitId: rec?.unitId || unitId,
      replaces: current ? replaceable(ctx, current.heads) : [],
    });
  }
  return out;
}

/** A deletion that removes exactly what the author can see now. */
export function planDeletion(state: DerivedState, ctx: EditContext, entity: EntityKind, recordId: string): Edit[] {
  const rec = getRecord(state, entity, recordId);
  if (!rec) return [];
  const seen = Object.values(rec.fields).flatMap((f) => replaceable(ctx, f.heads));
  return [
    {
      id: ctx.nextId(),
      inspectionId: ctx.inspectionId,
      entity,
      recordId,
      field: DELETED_FIELD,
      value: true,
      author: ctx.author,
      unitId: rec.unitId,
      replaces: seen,
    },
  ];
}

/** Settle a disagreement: one edit that replaces every standing value. */
export function planResolution(state: DerivedState, ctx: EditContext, entity: EntityKind, recordId: string, field: string, value: Json): Edit[] {
  const rec = state.records.get(`${entity}/${recordId}`);
  const current = rec?.fields[field];
  return [
    {
      id: ctx.nextId(),
      inspectionId: ctx.inspectionId,
      entity,
      recordId,
      field,
      value,
      author: ctx.author,
      unitId: rec?.unitId ?? '',
      replaces: current ? current.heads.map((h) => h.id) : [],
    },
  ];
}
