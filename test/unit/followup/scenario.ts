/**
 * Last year's finalised inspection with three recommendations, and this
 * year's inspection (seed 000's set-up) they are carried into, on one
 * in-memory storage port.
 */
import { MemoryPort } from '../../../shared/core/memoryPort';
import { saveFields } from '../../../shared/core/usecases';
import { finaliseReport } from '../../../shared/core/finalise';
import { CCHC_TEMPLATE } from '../../../shared/templates';
import { INSPECTION_ID, seed000Edits } from '../../fixtures/report/seed000';

export const PREVIOUS_ID = 'insp2024';
export const CURRENT_ID = INSPECTION_ID;

export const REC = {
  /** To a unit kept from last year (same record id). */
  vp: { id: 'r-vp', unitId: 'vp', toUnit: 'Văn phòng Sở', text: 'Rà soát, cập nhật danh mục TTHC trên Cổng dịch vụ công quốc gia.' },
  /** To a unit whose record is new this year: matched by name, ignoring case and diacritics. */
  cds: { id: 'r-cds', unitId: 'cds-2024', toUnit: 'Phong Chuyen doi so', text: 'Số hóa hồ sơ, kết quả giải quyết TTHC' },
  /** To a unit that no longer exists: listed for the leader to assign. */
  old: { id: 'r-old', unitId: 'qlkh', toUnit: 'Phòng Quản lý khoa học', text: 'Ban hành quy chế bảo đảm an toàn thông tin mạng' },
} as const;

export async function previousInspection(port: MemoryPort): Promise<void> {
  const set = (entity: Parameters<typeof saveFields>[1]['entity'], recordId: string, unitId: string, values: Record<string, string | number>) =>
    saveFields(port, { inspectionId: PREVIOUS_ID, entity, recordId, unitId, values });
  port.authors.set(PREVIOUS_ID, 'm-hoa');
  await saveFields(port, {
    inspectionId: PREVIOUS_ID,
    entity: 'inspection',
    recordId: PREVIOUS_ID,
    unitId: '',
    values: {
      governingBody: 'Sở Khoa học và Công nghệ',
      issuingBody: 'Đoàn kiểm tra',
      teamName: 'Đoàn kiểm tra',
      reportNumber: '98',
      reportSymbol: 'BC-ĐKT',
      reportDate: '2024-10-15',
      placeName: 'Đồng Nai',
      addressee: 'Giám đốc Sở Khoa học và Công nghệ',
      plan: { number: '10/KH-SKHCN', date: '2024-08-01' },
      decision: { number: '90/QĐ-SKHCN', date: '2024-09-20' },
      periodFrom: '2024-01-01',
      periodTo: '2024-09-30',
      visitFrom: '2024-10-01',
      visitTo: '2024-10-04',
      templateId: 'cchc-so',
      templateVersion: 1,
    },
  });
  await set('unit', 'vp', '', { name: 'Văn phòng Sở', order: 0 });
  await set('unit', 'cds-2024', '', { name: 'Phòng Chuyển đổi số', order: 1 });
  await set('unit', 'qlkh', '', { name: 'Phòng Quản lý khoa học', order: 2 });
  const section = CCHC_TEMPLATE.sections[1].id;
  for (const r of Object.values(REC)) await set('recommendation', r.id, r.unitId, { sectionId: section, toUnit: r.toUnit, text: r.text, deadline: '2024-12-31' });
  await finaliseReport(port, { inspectionId: PREVIOUS_ID, template: CCHC_TEMPLATE, version: 1, finalisedAt: '2024-10-15T08:00:00.000Z' });
}

/** A port holding last year's finalised inspection and this year's set-up. */
export async function twoInspections(): Promise<MemoryPort> {
  const port = new MemoryPort();
  await previousInspection(port);
  port.model.append(seed000Edits());
  port.authors.set(CURRENT_ID, 'm-hoa');
  return port;
}
