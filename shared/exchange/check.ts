/**
 * Checks of an opened package against what this laptop already holds: the
 * inspection open on screen, the checklist template version, the units and
 * items records refer to, and whose key signed it.
 */
import { deriveState, valuesOf } from '../domain/derive';
import type { Edit } from '../domain/edit';
import { getTemplate, type ChecklistTemplate } from '../templates';
import { exchangeError } from './errors';
import type { InspectionRef } from './manifest';
import type { OpenedPackage, Result } from './open';
import { indexOf } from './partial';
import { CLOCK_MARGIN_MS, EARLIEST_MILLIS, timestampMillis, timestampProblem } from '../domain/clock';
import { formatDateTime, formatNumber } from '../domain/format';
import { LEADER_ROLE, SETUP_AUTHOR, authorise, trustOf, type PendingKey, type TrustBase } from './authority';

export interface CheckContext {
  /** The inspection open on screen; undefined when importing from the list of inspections. */
  expectedInspectionId?: string;
  /** This laptop's edits of an inspection ([] when it does not have it). */
  currentEdits: (inspectionId: string) => Edit[];
  /** This laptop's public key. */
  ownKey?: string;
  /** This laptop's time (millis), for refusing records stamped far ahead of it. */
  now?: number;
  /** Who uses this laptop in an inspection ("Tôi là …"). */
  me?: (inspectionId: string) => string | undefined;
  /** The leader key pinned on this laptop for an inspection. */
  pinnedLeaderKey?: (inspectionId: string) => string | undefined;
  /** Template lookup; defaults to the templates built into the app. */
  templates?: (id: string, version: number) => ChecklistTemplate | undefined;
}

export type SignerStatus =
  /** Signed by the key this laptop already knows for the member the file claims. */
  | { status: 'verified'; memberName: string }
  /** Signed correctly, but this laptop knows no key for that member yet. */
  | { status: 'unknown-key' };

export interface CheckedPackage extends OpenedPackage {
  signer: SignerStatus;
  /** Members' first keys, to compare by phone before the records are taken (leader only). */
  pendingKeys: PendingKey[];
  /** An inspection new to this laptop: its leader's key, to compare by phone first. */
  leaderToConfirm?: { publicKey: string; fingerprint: string };
  /** A file from the previous format: only its signer's own records were taken. */
  legacyFormat: boolean;
}

function inspectionLabel(ref: InspectionRef): string {
  return ref.title ? `"${ref.title}"` : `mã ${ref.id}`;
}

interface Ref {
  units: Set<string>;
  items: Map<string, string>;
  sections: Set<string>;
}

/** The first reference a record makes to something the inspection does not have, in words. */
function unknownReference(e: Edit, ref: Ref): string | undefined {
  const unitKnown = (id: string) => ref.units.has(id);
  switch (e.entity) {
    case 'response': {
      // The common case first and without building strings: a large package is mostly responses.
      const u = e.unitId;
      const r = e.recordId;
      if (!ref.units.has(u)) return `đơn vị "${u}"`;
      const known = r.length > u.length + 1 && r.charCodeAt(u.length) === 126 /* ~ */ && r.startsWith(u) && ref.items.has(r.slice(u.length + 1));
      return known ? undefined : `tiêu chí "${r}"`;
    }
    case 'inspection':
      return e.recordId === e.inspectionId && e.unitId === '' ? undefined : `cuộc kiểm tra "${e.recordId}"`;
    case 'unit':
    case 'member':
    case 'reportPart':
    case 'reportVersion':
      if (e.unitId !== '') return `đơn vị "${e.unitId}"`;
      if (e.entity === 'member' && e.field === 'unitIds' && Array.isArray(e.value)) {
        const bad = e.value.find((u) => typeof u !== 'string' || !unitKnown(u));
        if (bad !== undefined) return `đơn vị "${String(bad)}"`;
      }
      if (e.entity === 'member' && e.field === 'sectionIds' && Array.isArray(e.value)) {
        const bad = e.value.find((s) => typeof s !== 'string' || !ref.sections.has(s));
        if (bad !== undefined) return `lĩnh vực "${String(bad)}"`;
      }
      return undefined;
    case 'evidence':
    case 'attachment':
      if (!unitKnown(e.unitId)) return `đơn vị "${e.unitId}"`;
      if (e.field === 'itemId' && (typeof e.value !== 'string' || !ref.items.has(e.value))) return `tiêu chí "${String(e.value)}"`;
      return undefined;
    case 'finding':
    case 'recommendation':
      if (e.unitId !== '' && !unitKnown(e.unitId)) return `đơn vị "${e.unitId}"`;
      if (e.field === 'sectionId' && (typeof e.value !== 'string' || !ref.sections.has(e.value))) return `lĩnh vực "${String(e.value)}"`;
      return undefined;
  }
}

export function checkPackage(pkg: OpenedPackage, ctx: CheckContext): Result<CheckedPackage> {
  const file = pkg.fileName;
  const { manifest } = pkg;
  const templates = ctx.templates ?? getTemplate;
  const fail = (code: Parameters<typeof exchangeError>[0], d: Parameters<typeof exchangeError>[2]) =>
    ({ ok: false, error: exchangeError(code, file, d) }) as const;

  if (manifest.kind !== 'backup' && manifest.inspections.length !== 1)
    return fail('manifest-invalid', { reason: 'gói không phải bản sao lưu nhưng chứa nhiều cuộc kiểm tra' });
  if (ctx.expectedInspectionId && manifest.kind !== 'backup' && manifest.inspections[0].id !== ctx.expectedInspectionId)
    return fail('other-inspection', { title: inspectionLabel(manifest.inspections[0]) });

  const currents: Edit[][] = [];
  for (const ref of manifest.inspections) {
    const template = templates(ref.templateId, ref.templateVersion);
    if (!template) return fail('other-template', { template: ref.templateId, version: ref.templateVersion, reason: 'ứng dụng này chưa có mẫu phiếu đó' });
    const current = ctx.currentEdits(ref.id);
    currents.push(current);
    const local = valuesOf(deriveState(current.filter((e) => e.entity === 'inspection')).records.get(`inspection/${ref.id}`));
    if (typeof local.templateVersion === 'number' && (local.templateVersion !== ref.templateVersion || local.templateId !== ref.templateId))
      return fail('other-template', {
        template: ref.templateId,
        version: ref.templateVersion,
        reason: `khác với phiên bản ${local.templateVersion} mà cuộc kiểm tra trên máy này đang dùng`,
      });

    const mine = pkg.edits.filter((e) => e.inspectionId === ref.id);
    const units = new Set<string>();
    for (const e of current) if (e.entity === 'unit') units.add(e.recordId);
    for (const e of mine) if (e.entity === 'unit') units.add(e.recordId);
    const items = new Map<string, string>();
    for (const s of template.sections) for (const i of s.items) items.set(i.id, s.id);
    const refs: Ref = { units, items, sections: new Set(template.sections.map((s) => s.id)) };
    for (const e of mine) {
      const what = unknownReference(e, refs);
      if (what) return fail('unknown-reference', { what });
    }
  }

  // Who wrote each record, proven by keys (authority.ts), per inspection the file names.
  const accepted: Edit[] = [];
  const pendingKeys: PendingKey[] = [];
  let leaderToConfirm: CheckedPackage['leaderToConfirm'];
  let signer: SignerStatus = { status: 'unknown-key' };
  for (const [i, ref] of manifest.inspections.entries()) {
    const current = currents[i];
    const index = indexOf(current);
    const setup = current.length > 0 ? setupOf(current) : [];
    const verdict = authorise(pkg, ref.id, { setup, known: (id) => index.byId.get(id), ownKey: ctx.ownKey, me: ctx.me?.(ref.id), pinnedLeaderKey: ctx.pinnedLeaderKey?.(ref.id) });
    if (!verdict.ok) return { ok: false, error: verdict.error };
    const crowded = crowdedField(verdict.value.accepted, (id) => index.byId.has(id));
    if (crowded) return fail('too-many-values', crowded);
    const clock = clockProblem(verdict.value.accepted, (id) => index.byId.has(id), ctx.now ?? Date.now(), [...setup, ...verdict.value.accepted]);
    if (clock) return fail(clock.code, clock.details);
    accepted.push(...verdict.value.accepted);
    pendingKeys.push(...verdict.value.pendingKeys);
    leaderToConfirm ??= verdict.value.leaderToConfirm;
    // Nothing in a file is trusted before its leader key was compared: the signer stays unknown until then.
    if (signer.status === 'unknown-key' && !verdict.value.leaderToConfirm) signer = signerOf(manifest.exporter, trustOf([...setup, ...verdict.value.accepted.filter((e) => SETUP_KINDS.has(e.entity))], ref.id), ctx.ownKey);
  }
  return { ok: true, package: { ...pkg, edits: accepted, signer, pendingKeys, leaderToConfirm, legacyFormat: manifest.formatVersion === 1 } };
}

/**
 * More standing values on one field than a team could ever write: a team has
 * at most a few dozen members, each adding one value beside the others. A
 * crafted file with 100,000 took minutes to merge; it is refused instead.
 */
export const MAX_CONCURRENT_VALUES = 64;

function crowdedField(edits: readonly Edit[], known: (id: string) => boolean) {
  const replaced = new Set<string>();
  for (const e of edits) for (const r of e.replaces) replaced.add(r);
  // By record id, then field: no key string built per record (100,000 of them in a large file).
  const heads = new Map<string, Map<string, number>>();
  for (const e of edits) {
    if (replaced.has(e.id) || known(e.id)) continue;
    let fields = heads.get(e.recordId);
    if (!fields) heads.set(e.recordId, (fields = new Map()));
    const n = (fields.get(e.field) ?? 0) + 1;
    fields.set(e.field, n);
    if (n > MAX_CONCURRENT_VALUES) return { count: formatNumber(edits.filter((x) => x.recordId === e.recordId && x.field === e.field && !replaced.has(x.id)).length), limit: MAX_CONCURRENT_VALUES };
  }
  return undefined;
}

/** The first new record stamped outside the sane range: far ahead of this laptop's clock, or before the app existed. */
function clockProblem(edits: readonly Edit[], known: (id: string) => boolean, now: number, setup: readonly Edit[]) {
  // Ids start with 15 digits of millis (checked on reading), so the range is two string comparisons per record.
  const latest = `${String(Math.floor(now + CLOCK_MARGIN_MS)).padStart(15, '0')}.`;
  const earliest = String(EARLIEST_MILLIS).padStart(15, '0');
  for (const [i, e] of edits.entries()) {
    if (e.id < latest && e.id >= earliest) continue;
    if (known(e.id)) continue;
    const problem = timestampProblem(e.id, now);
    if (!problem) continue;
    if (problem === 'ahead') {
      const name = trustOf(setup, e.inspectionId).members.get(e.author)?.name ?? (e.author === SETUP_AUTHOR ? 'người thiết lập' : e.author);
      return { code: 'clock-ahead' as const, details: { author: name, time: formatDateTime(timestampMillis(e.id)) } };
    }
    return { code: 'bad-clock' as const, details: { index: i + 1, reason: problem === 'too-old' ? 'trước năm 2020' : 'sai định dạng' } };
  }
  return undefined;
}

const SETUP_KINDS = new Set<Edit['entity']>(['inspection', 'unit', 'member']);

/** The set-up edits of an inspection's list: the trust this laptop has accepted. */
function setupOf(current: readonly Edit[]): Edit[] {
  const out: Edit[] = [];
  for (const e of current) if (SETUP_KINDS.has(e.entity)) out.push(e);
  return out;
}

/** Whose key signed the file, in the words of the trusted set-up. */
function signerOf(exporter: { memberId: string; publicKey: string }, trust: TrustBase, ownKey?: string): SignerStatus {
  if (exporter.publicKey === ownKey) return { status: 'verified', memberName: 'máy này' };
  for (const [id, m] of trust.members) {
    const k = m.keys[m.keys.length - 1];
    if (k?.key === exporter.publicKey) return { status: 'verified', memberName: m.name || id };
  }
  if (trust.leaderKey && trust.leaderKey === exporter.publicKey) {
    const leader = [...trust.members.values()].find((m) => m.role === LEADER_ROLE);
    return { status: 'verified', memberName: leader?.name ?? 'trưởng đoàn' };
  }
  return { status: 'unknown-key' };
}
