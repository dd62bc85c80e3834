/**
 * A small but realistic inspection as edit records, for exchange tests: the
 * leader's set-up (inspection, two units, three members) and helpers to write
 * answers as a given member on a given laptop.
 */
import { deriveState } from '../../../shared/domain/derive';
import type { Edit, Json } from '../../../shared/domain/edit';
import { responseId } from '../../../shared/domain/edit';
import { planFieldEdits, type EditContext } from '../../../shared/domain/write';
import { generateDeviceKeyPair, type DeviceKeyPair } from '../../../shared/exchange/crypto';
import type { BuildOptions } from '../../../shared/exchange/build';
import { CCHC_TEMPLATE } from '../../../shared/templates';

export const INSPECTION_ID = 'insp1';
export const TEMPLATE_REF = { id: INSPECTION_ID, templateId: CCHC_TEMPLATE.id, templateVersion: CCHC_TEMPLATE.version, title: 'Kiểm tra CCHC năm 2025' };
export const ITEM_A = 'tthc.ho-so-dung-han';
export const ITEM_B = 'the-che.pho-bien-phap-luat';

/** A laptop: its own clock node and a monotonically increasing id source. */
export function laptop(node: string, author: string, start = 1_700_000_000_000): EditContext {
  let n = 0;
  return { inspectionId: INSPECTION_ID, author, nextId: () => `${String(start + n++).padStart(15, '0')}-0000-${node}` };
}

export function write(base: Edit[], ctx: EditContext, entity: Edit['entity'], recordId: string, unitId: string, values: Record<string, Json>): Edit[] {
  return planFieldEdits(deriveState(base), ctx, entity, recordId, unitId, values);
}

export function setupEdits(memberKeys: Record<string, string> = {}): Edit[] {
  const ctx = laptop('leader', 'setup', 1_700_000_000_000);
  const out: Edit[] = [];
  const add = (entity: Edit['entity'], id: string, values: Record<string, Json>) => out.push(...write(out, ctx, entity, id, '', values));
  add('inspection', INSPECTION_ID, {
    title: 'Kiểm tra CCHC năm 2025',
    governingBody: 'UBND TỈNH ĐỒNG NAI',
    issuingBody: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
    teamName: 'Đoàn kiểm tra CCHC',
    placeName: 'Đồng Nai',
    addressee: 'Giám đốc Sở',
    plan: { number: '14/KH-SKHCN', date: '2025-08-05' },
    decision: { number: '128/QĐ-SKHCN', date: '2025-08-10' },
    periodFrom: '2025-01-01',
    periodTo: '2025-09-30',
    visitFrom: '2025-10-01',
    visitTo: '2025-10-03',
    templateId: CCHC_TEMPLATE.id,
    templateVersion: CCHC_TEMPLATE.version,
  });
  add('unit', 'u1', { name: 'Văn phòng Sở', order: 0 });
  add('unit', 'u2', { name: 'Phòng Quản lý công nghệ', order: 1 });
  const members: [string, string, string][] = [
    ['m1', 'Nguyễn Văn An', 'truong-doan'],
    ['m2', 'Trần Thị Bình', 'thanh-vien'],
    ['m3', 'Lê Văn Cường', 'thanh-vien'],
  ];
  members.forEach(([id, name, role], order) => add('member', id, { name, role, order, ...(memberKeys[id] ? { publicKey: memberKeys[id] } : {}) }));
  return out;
}

export function answer(base: Edit[], ctx: EditContext, unitId: string, itemId: string, values: Record<string, Json>): Edit[] {
  return write(base, ctx, 'response', responseId(unitId, itemId), unitId, values);
}

export const KEYS: Record<string, DeviceKeyPair> = {
  m1: generateDeviceKeyPair(),
  m2: generateDeviceKeyPair(),
  m3: generateDeviceKeyPair(),
};

/** Build options for a package signed by the member's laptop. */
export function opts(kind: BuildOptions['kind'], memberId: string, name: string, extra: Partial<BuildOptions> = {}): BuildOptions {
  return {
    kind,
    inspections: [TEMPLATE_REF],
    exporter: { memberId, name },
    keys: KEYS[memberId] ?? KEYS.m1,
    appVersion: '0.1.0',
    exportedAt: new Date('2025-10-02T08:00:00Z'),
    ...extra,
  };
}
