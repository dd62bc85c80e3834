/**
 * Checks of an opened package against what this laptop already holds: the
 * inspection open on screen, the checklist template version, the units and
 * items records refer to, and whose key signed it.
 */
import { deriveState, recordsOf, valuesOf } from '../domain/derive';
import type { Edit } from '../domain/edit';
import { getTemplate, type ChecklistTemplate } from '../templates';
import { exchangeError } from './errors';
import type { InspectionRef } from './manifest';
import type { OpenedPackage, Result } from './open';
import { RecordSet, deriveWanted, indexOf } from './partial';

export interface CheckContext {
  /** The inspection open on screen; undefined when importing from the list of inspections. */
  expectedInspectionId?: string;
  /** This laptop's edits of an inspection ([] when it does not have it). */
  currentEdits: (inspectionId: string) => Edit[];
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

/** Public keys the laptop knows, by member id, with names (from its own copy of the inspections). */
function knownKeys(edits: readonly Edit[]): { byMember: Map<string, string>; byKey: Map<string, string>; names: Map<string, string> } {
  const byMember = new Map<string, string>();
  const byKey = new Map<string, string>();
  const names = new Map<string, string>();
  // Member records only, exactly as a full derivation gives them: deriving a large inspection's every answer here was most of checking a file.
  const members = new RecordSet();
  for (const e of indexOf(edits).members) members.add('member', e.recordId);
  for (const m of recordsOf(deriveWanted(edits, [], members), 'member')) {
    const v = valuesOf(m);
    if (typeof v.name === 'string') names.set(m.id, v.name);
    if (typeof v.publicKey === 'string') {
      byMember.set(m.id, v.publicKey);
      byKey.set(v.publicKey, m.id);
    }
  }
  return { byMember, byKey, names };
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

  // One inspection (every file but some backups): its list as given, so the index built for it is reused by the preview.
  const keys = knownKeys(currents.length === 1 ? currents[0] : currents.flat());
  const pkBackup = keys.byKey.get(manifest.exporter.publicKey);
  // A backup is a laptop's own copy, not a member's claim: it is recognised by its key alone.
  if (manifest.kind === 'backup')
    return { ok: true, package: { ...pkg, signer: pkBackup ? { status: 'verified', memberName: keys.names.get(pkBackup) ?? pkBackup } : { status: 'unknown-key' } } };
  const claimedId = manifest.exporter.memberId;
  const claimedName = keys.names.get(claimedId) ?? (manifest.exporter.name || claimedId);
  const pk = manifest.exporter.publicKey;
  const expected = keys.byMember.get(claimedId);
  const holder = keys.byKey.get(pk);
  if ((expected && expected !== pk) || (holder && holder !== claimedId)) {
    const actual = holder && holder !== claimedId ? `của ${keys.names.get(holder) ?? holder}` : 'của một máy khác';
    const refused = fail('foreign-signature', { claimed: claimedName, actual });
    // A key nobody holds may be the member's new laptop; a key another member holds never is.
    if (holder) return refused;
    return { ok: false, error: { ...refused.error, newKey: { inspectionId: manifest.inspections[0].id, memberId: claimedId, memberName: claimedName, publicKey: pk } } } as const;
  }
  const signer: SignerStatus = expected === pk ? { status: 'verified', memberName: claimedName } : { status: 'unknown-key' };
  return { ok: true, package: { ...pkg, signer } };
}
