/**
 * The preview derives only the records a file touches. On random histories,
 * including crafted ones whose edits replace edits of other records and
 * delete or revive records, it says exactly what the preview that derived
 * the whole inspection said: new records, units, sections, set-up touched,
 * new disagreements and the sender's name.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveState, disagreements, getRecord, valuesOf } from '../../../shared/domain/derive';
import { DELETED_FIELD, type Edit, type EntityKind, type Json } from '../../../shared/domain/edit';
import { editsByInspection, previewImport, type CheckedPackage, type Manifest } from '../../../shared/exchange';
import { checkPackage } from '../../../shared/exchange/check';
import { getTemplate } from '../../../shared/templates';
import { INSPECTION_ID, ITEM_A, ITEM_B, TEMPLATE_REF, setupEdits } from './sample';

/** The preview as it was: every state derived from all the inspection's edits. */
function referencePreview(pkg: CheckedPackage, currentEdits: (id: string) => Edit[]) {
  const { manifest } = pkg;
  const newEdits: Edit[] = [];
  const units = new Set<string>();
  const sections = new Set<string>();
  let touchesSetup = false;
  let newDisagreements = 0;
  const keys = (s: ReturnType<typeof deriveState>) => new Set(disagreements(s).map((d) => `${d.entity}/${d.recordId}/${d.field}`));
  for (const ref of manifest.inspections) {
    const current = currentEdits(ref.id);
    const have = new Set(current.map((e) => e.id));
    const fresh = pkg.edits.filter((e) => e.inspectionId === ref.id && !have.has(e.id));
    if (fresh.length === 0) continue;
    newEdits.push(...fresh);
    const state = deriveState(current.concat(fresh));
    const template = getTemplate(ref.templateId, ref.templateVersion);
    const itemSection = new Map<string, string>();
    const titles = new Map<string, string>();
    for (const s of template?.sections ?? []) {
      titles.set(s.id, `${s.number}. ${s.shortTitle}`);
      for (const i of s.items) itemSection.set(i.id, s.id);
    }
    for (const e of fresh) {
      if (e.entity === 'inspection' || e.entity === 'unit' || e.entity === 'member') touchesSetup = true;
      if (e.unitId) {
        const name = valuesOf(getRecord(state, 'unit', e.unitId) ?? state.records.get(`unit/${e.unitId}`)).name;
        units.add(typeof name === 'string' ? name : e.unitId);
      }
      let s: string | undefined;
      if (e.entity === 'response') s = itemSection.get(e.recordId.slice(e.recordId.indexOf('~') + 1));
      else if (e.entity === 'evidence') {
        const itemId = e.field === 'itemId' ? e.value : state.records.get(`evidence/${e.recordId}`)?.fields.itemId?.value;
        s = typeof itemId === 'string' ? itemSection.get(itemId) : undefined;
      } else if (e.entity === 'finding' || e.entity === 'recommendation') {
        const sectionId = e.field === 'sectionId' ? e.value : state.records.get(`${e.entity}/${e.recordId}`)?.fields.sectionId?.value;
        s = typeof sectionId === 'string' ? sectionId : undefined;
      }
      if (s) sections.add(titles.get(s) ?? s);
    }
    const before = keys(deriveState(current));
    for (const k of keys(state)) if (!before.has(k)) newDisagreements += 1;
  }
  let memberName = manifest.exporter.name;
  for (const ref of manifest.inspections) {
    const v = valuesOf(deriveState(currentEdits(ref.id).concat(pkg.edits.filter((e) => e.entity === 'member'))).records.get(`member/${manifest.exporter.memberId}`));
    if (typeof v.name === 'string') {
      memberName = v.name;
      break;
    }
  }
  return {
    newEdits,
    units: [...units].sort((a, b) => a.localeCompare(b, 'vi')),
    sections: [...sections].sort((a, b) => parseInt(a, 10) - parseInt(b, 10)),
    touchesSetup,
    newDisagreements,
    member: { id: manifest.exporter.memberId, name: memberName },
  };
}

const RECORDS: { entity: EntityKind; id: string; unitId: string; fields: string[]; values: Json[] }[] = [
  { entity: 'response', id: `u1~${ITEM_A}`, unitId: 'u1', fields: ['verdict', 'comment'], values: ['dat', 'khong-dat', 'ghi chú'] },
  { entity: 'response', id: `u2~${ITEM_B}`, unitId: 'u2', fields: ['verdict'], values: ['dat', 'dat-mot-phan'] },
  { entity: 'evidence', id: 'ev1', unitId: 'u1', fields: ['itemId', 'number'], values: [ITEM_A, ITEM_B, '12/QĐ'] },
  { entity: 'finding', id: 'f1', unitId: 'u2', fields: ['sectionId', 'text'], values: ['tthc', 'the-che', 'Ưu điểm'] },
  { entity: 'unit', id: 'u1', unitId: '', fields: ['name'], values: ['Văn phòng Sở', 'Văn phòng'] },
  { entity: 'unit', id: 'u2', unitId: '', fields: ['name'], values: ['Phòng Quản lý công nghệ', 'Phòng QLCN'] },
  { entity: 'member', id: 'm2', unitId: '', fields: ['name'], values: ['Trần Thị Bình', 'Bình'] },
];

type Step = { rec: number; field: number; value: number; deletion: boolean; replaces: number[] };
const step: fc.Arbitrary<Step> = fc.record({
  rec: fc.nat(RECORDS.length - 1),
  field: fc.nat(3),
  value: fc.nat(3),
  deletion: fc.boolean(),
  // Indexes of earlier edits, of any record: crafted files may replace across records.
  replaces: fc.array(fc.nat(60), { maxLength: 3 }),
});

function history(steps: Step[]): Edit[] {
  const out: Edit[] = [];
  steps.forEach((s, i) => {
    const r = RECORDS[s.rec];
    const field = s.deletion ? DELETED_FIELD : r.fields[s.field % r.fields.length];
    const value: Json = s.deletion ? s.value % 2 === 0 : r.values[s.value % r.values.length];
    const replaces = [...new Set(s.replaces.filter((k) => k < out.length).map((k) => out[k].id))];
    out.push({ id: `00170000000${String(1000 + i).padStart(4, '0')}-0000-x${s.value % 3}`, inspectionId: INSPECTION_ID, entity: r.entity, recordId: r.id, field, value, author: `m${(s.value % 3) + 1}`, unitId: r.unitId, replaces });
  });
  return out;
}

function packageOf(edits: Edit[], exporter: string): CheckedPackage {
  const manifest = {
    format: 'tkt',
    formatVersion: 1,
    appVersion: 'test',
    kind: 'results',
    inspections: [TEMPLATE_REF],
    exporter: { memberId: exporter, name: 'Người gửi', publicKey: '0'.repeat(64) },
    exportedAt: '2025-10-02T08:00:00.000Z',
    counts: { edits: edits.length, attachments: 0 },
    contentHash: '0'.repeat(64),
    attachments: [],
  } as Manifest;
  return { fileName: 'goi.tkt', manifest, edits, segments: [], attachments: {}, encrypted: false, signer: { status: 'unknown-key' }, pendingKeys: [], legacyFormat: true };
}

describe('preview of the records a file touches', () => {
  it('says exactly what the whole-inspection preview said, on random and crafted histories', () => {
    const setup = setupEdits();
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 40 }), fc.array(fc.nat(3)), fc.constantFrom('m2', 'm3', 'khong-co'), (steps, split, exporter) => {
        const edits = history(steps);
        // Each edit is on the laptop, in the file, or both.
        const where = edits.map((_, i) => split[i % Math.max(1, split.length)] ?? 0);
        const current = setup.concat(edits.filter((_, i) => where[i] !== 1));
        const file = setup.concat(edits.filter((_, i) => where[i] !== 0));
        const pkg = packageOf(file, exporter);
        const currentOf = editsByInspection(current);
        const got = previewImport(pkg, currentOf);
        const want = referencePreview(pkg, currentOf);
        expect({ newEdits: got.newEdits, units: got.units, sections: got.sections, touchesSetup: got.touchesSetup, newDisagreements: got.newDisagreements, member: got.member }).toEqual(want);
      }),
      { numRuns: 1500 },
    );
  });

  it('counts a disagreement that appears on a record the file only reaches through `replaces`', () => {
    // Three concurrent deletion marks on one finding, the newest "deleted": it is deleted, its
    // disagreement hidden. A crafted file replaces only that newest mark, from another record.
    const mark = (n: number, value: boolean): Edit => ({ id: `00170000000${1000 + n}-0000-aa`, inspectionId: INSPECTION_ID, entity: 'finding', recordId: 'f9', field: DELETED_FIELD, value, author: 'm2', unitId: 'u1', replaces: [] });
    const current = setupEdits().concat(mark(1, true), mark(2, false), mark(3, true));
    const crafted: Edit = { id: '001700000002000-0000-bb', inspectionId: INSPECTION_ID, entity: 'response', recordId: `u1~${ITEM_A}`, field: 'verdict', value: 'dat', author: 'm3', unitId: 'u1', replaces: [mark(3, true).id] };
    const pkg = packageOf(setupEdits().concat(crafted), 'm3');
    const currentOf = editsByInspection(current);
    const want = referencePreview(pkg, currentOf);
    expect(want.newDisagreements).toBe(1);
    expect(previewImport(pkg, currentOf).newDisagreements).toBe(want.newDisagreements);
  });

  it('checking knows the same member keys as a whole-inspection derivation', () => {
    const withKey = (id: string, key: string): Edit => ({ id: `001700000009${id === 'm2' ? '001' : '002'}-0000-zz`, inspectionId: INSPECTION_ID, entity: 'member', recordId: id, field: 'publicKey', value: key, author: id, unitId: '', replaces: [] });
    const key = 'a'.repeat(64);
    const current = setupEdits().concat(withKey('m2', key));
    const pkg = packageOf(setupEdits(), 'm2');
    pkg.manifest.exporter.publicKey = key;
    const r = checkPackage(pkg, { currentEdits: editsByInspection(current) });
    expect(r.ok && r.package.signer).toEqual({ status: 'verified', memberName: 'Trần Thị Bình' });
  });
});
