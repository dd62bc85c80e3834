/**
 * Storage of an inspection's set-up: the inspection record, its units and its
 * members written together. Creating or saving the set-up is ONE transaction,
 * so a half-created inspection (units without members, say) never exists.
 */
import { recordsOf, type DerivedState } from '../../../shared/domain/derive';
import type { Edit, Json } from '../../../shared/domain/edit';
import type { InspectionValues, MemberRole } from '../../../shared/domain/schemas';
import { planDeletion, planFieldEdits, type EditContext } from '../../../shared/domain/write';
import { archivedIds } from '../../../shared/setup/archive';
import type { EditStore } from './edits';
import { deviceSigner } from './deviceSigner';
import { LEADER_ROLE } from '../../../shared/exchange/authority';
import { boundTables, entitiesState, writeTables } from './readModel';
import { SETUP_AUTHOR, touchInspection } from './inspections';
import type { AppDB } from './schema';
import { meKey } from './settings';

export interface SetupUnit {
  id: string;
  name: string;
}

export interface SetupMember {
  id: string;
  name: string;
  position: string;
  role: MemberRole;
  unitIds: string[];
  sectionIds: string[];
}

export interface SetupInput {
  inspection: InspectionValues;
  /** In display order; the index becomes the stored order. */
  units: SetupUnit[];
  members: SetupMember[];
  /** The member who uses this laptop ("Tôi là …"), or '' when not chosen yet. */
  me: string;
}

/** Every edit that brings the stored set-up to `input`: changed fields, new records, removed records. */
export function planSetup(state: DerivedState, ctx: EditContext, inspectionId: string, input: SetupInput): Edit[] {
  const edits: Edit[] = [];
  const insp: Record<string, Json | undefined> = {};
  for (const [k, v] of Object.entries(input.inspection)) insp[k] = (v ?? '') as Json;
  edits.push(...planFieldEdits(state, ctx, 'inspection', inspectionId, '', insp));

  const keepUnits = new Set([...input.units.map((u) => u.id), ...archivedIds(state, 'unit')]);
  input.units.forEach((u, order) => edits.push(...planFieldEdits(state, ctx, 'unit', u.id, '', { name: u.name.trim(), order })));
  for (const rec of recordsOf(state, 'unit')) if (!keepUnits.has(rec.id)) edits.push(...planDeletion(state, ctx, 'unit', rec.id));

  const keepMembers = new Set([...input.members.map((m) => m.id), ...archivedIds(state, 'member')]);
  input.members.forEach((m, order) =>
    edits.push(
      ...planFieldEdits(state, ctx, 'member', m.id, '', {
        name: m.name.trim(),
        position: m.position.trim(),
        role: m.role,
        // Assignments to units that no longer exist are dropped.
        unitIds: m.unitIds.filter((id) => keepUnits.has(id)),
        sectionIds: m.sectionIds,
        order,
      }),
    ),
  );
  for (const rec of recordsOf(state, 'member')) if (!keepMembers.has(rec.id)) edits.push(...planDeletion(state, ctx, 'member', rec.id));
  return edits;
}

/** Create or update an inspection's set-up atomically, and remember who uses this laptop. */
export async function saveSetup(db: AppDB, store: EditStore, inspectionId: string, input: SetupInput): Promise<number> {
  const ownKey = (await deviceSigner(db)).publicKey;
  return db.transaction('rw', writeTables(db), async (trans) => {
    const t = boundTables(trans);
    const previousMe = (await t.settings.get(meKey(inspectionId)))?.value as string | undefined;
    const me = input.me && input.members.some((m) => m.id === input.me) ? input.me : '';
    if (me) await t.settings.put({ key: meKey(inspectionId), value: me });
    else if (previousMe) await t.settings.delete(meKey(inspectionId));
    // The set-up plans from the inspection, its units and members only.
    const state = await entitiesState(t, inspectionId, ['inspection', 'unit', 'member']);
    const ctx: EditContext = { inspectionId, author: me || SETUP_AUTHOR, nextId: store.nextId, settles: true };
    const edits = planSetup(state, ctx, inspectionId, input);
    // The laptop that sets an inspection up leads it: its key is the one members compare and trust.
    const leads = !me || input.members.find((m) => m.id === me)?.role === LEADER_ROLE;
    if (leads && !state.records.get(`inspection/${inspectionId}`)?.fields.leaderKey)
      edits.push(...planFieldEdits(state, ctx, 'inspection', inspectionId, '', { leaderKey: ownKey }));
    await store.appendHere(t, edits);
    await touchInspection(t, inspectionId);
    return edits.length;
  });
}
