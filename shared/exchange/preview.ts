/**
 * What importing a package would do, computed before anything is written:
 * who sent it, how many records are new, which units and sections they touch
 * and how many new disagreements the leader will have to settle.
 */
import { disagreements, getRecord, valuesOf, type DerivedState } from '../domain/derive';
import type { Edit } from '../domain/edit';
import { getTemplate, type ChecklistTemplate } from '../templates';
import type { PendingKey } from './authority';
import type { CheckedPackage, SignerStatus } from './check';
import type { StoredSegment } from './segments';
import type { InspectionRef, PackageKind } from './manifest';
import { RecordSet, deriveWanted, indexOf } from './partial';

export interface ImportPreview {
  fileName: string;
  kind: PackageKind;
  member: { id: string; name: string };
  signer: SignerStatus;
  /** ISO time the file was exported. */
  exportedAt: string;
  inspections: InspectionRef[];
  /** Inspections this laptop does not have yet. */
  newInspectionIds: string[];
  totalEdits: number;
  /** The records this laptop does not have yet: what importing writes. */
  newEdits: Edit[];
  /** When checked in the app's worker: how many new records it kept there, and the handle to take them ("Nhập"). */
  newCount?: number;
  /** Likewise the number of author segments it kept there. */
  segmentCount?: number;
  recordsHandle?: number;
  /** Names of the units the new records belong to. */
  units: string[];
  /** Titles of the checklist sections the new records touch. */
  sections: string[];
  /** Whether the new records change the set-up (inspection, units, members). */
  touchesSetup: boolean;
  /** Disagreements that exist after importing and did not before. */
  newDisagreements: number;
  /** Members' first keys: importing takes them (the leader compared the fingerprints). */
  pendingKeys: PendingKey[];
  /** An inspection new to this laptop: its leader's key fingerprint, compared before importing. */
  leaderToConfirm?: { publicKey: string; fingerprint: string };
  /** A file of the previous format (no author signatures). */
  legacyFormat: boolean;
  /** The signed segments of the file, kept so this laptop can relay them unchanged. */
  segments: StoredSegment[];
}

function sectionOf(e: Edit, itemSection: Map<string, string>, state: DerivedState): string | undefined {
  if (e.entity === 'response') return itemSection.get(e.recordId.slice(e.recordId.indexOf('~') + 1));
  if (e.entity === 'evidence') {
    const itemId = e.field === 'itemId' ? e.value : state.records.get(`evidence/${e.recordId}`)?.fields.itemId?.value;
    return typeof itemId === 'string' ? itemSection.get(itemId) : undefined;
  }
  if (e.entity === 'finding' || e.entity === 'recommendation') {
    const sectionId = e.field === 'sectionId' ? e.value : state.records.get(`${e.entity}/${e.recordId}`)?.fields.sectionId?.value;
    return typeof sectionId === 'string' ? sectionId : undefined;
  }
  return undefined;
}

/** Disagreements of the wanted records only (others may be incomplete in a partial state). */
function disagreementKeys(state: DerivedState, wanted: RecordSet): Set<string> {
  const keys = new Set<string>();
  for (const d of disagreements(state)) if (wanted.has(d.entity, d.recordId)) keys.add(`${d.entity}/${d.recordId}/${d.field}`);
  return keys;
}

export function previewImport(
  pkg: CheckedPackage,
  currentEdits: (inspectionId: string) => Edit[],
  templates: (id: string, version: number) => ChecklistTemplate | undefined = getTemplate,
): ImportPreview {
  const { manifest } = pkg;
  const newEdits: Edit[] = [];
  const units = new Set<string>();
  const sections = new Set<string>();
  const newInspectionIds: string[] = [];
  let touchesSetup = false;
  let newDisagreements = 0;

  for (const ref of manifest.inspections) {
    const current = currentEdits(ref.id);
    if (current.length === 0) newInspectionIds.push(ref.id);
    const index = indexOf(current);
    const fresh = pkg.edits.filter((e) => e.inspectionId === ref.id && !index.byId.has(e.id));
    if (fresh.length === 0) continue;
    for (const e of fresh) newEdits.push(e);

    // Only records the new edits touch can change: their own, those whose edits
    // they replace, and the units they name (for the names shown). Everything
    // else derives the same before and after, so it adds no disagreement.
    const wanted = new RecordSet();
    for (const e of fresh) {
      wanted.add(e.entity, e.recordId);
      if (e.unitId) wanted.add('unit', e.unitId);
      for (const r of e.replaces) {
        const hit = index.byId.get(r);
        if (hit) wanted.add(hit.entity, hit.recordId);
      }
    }
    const state = deriveWanted(current, fresh, wanted);

    const template = templates(ref.templateId, ref.templateVersion);
    const itemSection = new Map<string, string>();
    const titles = new Map<string, string>();
    for (const s of template?.sections ?? []) {
      titles.set(s.id, `${s.number}. ${s.shortTitle}`);
      for (const i of s.items) itemSection.set(i.id, s.id);
    }
    const unitNames = new Map<string, string>();
    for (const e of fresh) {
      if (e.entity === 'inspection' || e.entity === 'unit' || e.entity === 'member') touchesSetup = true;
      if (e.unitId && !unitNames.has(e.unitId)) {
        const name = valuesOf(getRecord(state, 'unit', e.unitId) ?? state.records.get(`unit/${e.unitId}`)).name;
        unitNames.set(e.unitId, typeof name === 'string' ? name : e.unitId);
      }
      const s = sectionOf(e, itemSection, state);
      if (s) sections.add(titles.get(s) ?? s);
    }
    for (const name of unitNames.values()) units.add(name);
    const before = disagreementKeys(deriveWanted(current, [], wanted), wanted);
    for (const k of disagreementKeys(state, wanted)) if (!before.has(k)) newDisagreements += 1;
  }

  const memberName = (() => {
    const exporter = new RecordSet();
    exporter.add('member', manifest.exporter.memberId);
    const members = pkg.edits.filter((e) => e.entity === 'member');
    for (const ref of manifest.inspections) {
      const v = valuesOf(deriveWanted(currentEdits(ref.id), members, exporter).records.get(`member/${manifest.exporter.memberId}`));
      if (typeof v.name === 'string') return v.name;
    }
    return manifest.exporter.name;
  })();

  return {
    fileName: pkg.fileName,
    kind: manifest.kind,
    member: { id: manifest.exporter.memberId, name: memberName },
    signer: pkg.signer,
    exportedAt: manifest.exportedAt,
    inspections: manifest.inspections,
    newInspectionIds,
    totalEdits: pkg.edits.length,
    newEdits,
    units: [...units].sort((a, b) => a.localeCompare(b, 'vi')),
    sections: [...sections].sort((a, b) => parseInt(a, 10) - parseInt(b, 10)),
    touchesSetup,
    newDisagreements,
    pendingKeys: pkg.pendingKeys,
    leaderToConfirm: pkg.leaderToConfirm,
    legacyFormat: pkg.legacyFormat,
    // Only segments whose records were all taken can be relayed; a refused file has none.
    segments: pkg.segments.map((s) => ({ ...s.proof, editIds: s.editIds })),
  };
}

/** How many records importing the file writes, wherever they are kept. */
export function newRecordCount(p: ImportPreview): number {
  return p.newCount ?? p.newEdits.length;
}
