/** How the leader's views name a field and show a value: Vietnamese labels, Vietnamese formats. */
import type { EntityKind, Json } from '../../../../shared/domain/edit';
import { formatDate, formatNumber } from '../../../../shared/domain/format';
import { VERDICT_LABELS, MEMBER_ROLE_LABELS, type Verdict, type MemberRole } from '../../../../shared/domain/schemas';
import { findItem, type ChecklistTemplate } from '../../../../shared/templates';
import { itemIdOfResponse } from '../../../../shared/domain/views';

const FIELD_LABELS: Record<string, string> = {
  verdict: 'Kết quả',
  numerator: 'Tử số',
  denominator: 'Mẫu số',
  count: 'Số lượng',
  date: 'Ngày',
  text: 'Nội dung',
  comment: 'Ghi chú',
  cause: 'Nguyên nhân',
  toUnit: 'Đơn vị thực hiện',
  deadline: 'Thời hạn',
  number: 'Số, ký hiệu',
  summary: 'Trích yếu',
  seenAt: 'Nơi xem',
  name: 'Tên',
  role: 'Vai trò',
  position: 'Chức vụ',
  status: 'Kết quả thực hiện',
  evidence: 'Minh chứng',
  evidenceDoc: 'Văn bản minh chứng',
  note: 'Ghi chú',
};

const ENTITY_LABELS: Record<EntityKind, string> = {
  inspection: 'Thông tin cuộc kiểm tra',
  unit: 'Đơn vị',
  member: 'Thành viên',
  response: 'Kết quả kiểm tra',
  evidence: 'Văn bản minh chứng',
  attachment: 'Tệp đính kèm minh chứng',
  finding: 'Ưu điểm / tồn tại',
  recommendation: 'Kiến nghị',
  followUp: 'Kiến nghị kỳ trước',
  reportPart: 'Phần báo cáo',
  reportVersion: 'Phiên bản báo cáo',
};

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

export function entityLabel(entity: EntityKind): string {
  return ENTITY_LABELS[entity];
}

export function describeValue(field: string, value: Json): string {
  if (value === null || value === '') return '(để trống)';
  if (field === 'verdict' && typeof value === 'string') return VERDICT_LABELS[value as Verdict] ?? value;
  if (field === 'role' && typeof value === 'string') return MEMBER_ROLE_LABELS[value as MemberRole] ?? value;
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value;
  return JSON.stringify(value);
}

/** "Văn phòng Sở — Hồ sơ TTHC được giải quyết đúng hạn" for a response; the entity label otherwise. */
export function describeRecord(template: ChecklistTemplate, entity: EntityKind, recordId: string, unitName: string | undefined): string {
  if (entity === 'response') {
    const found = findItem(template, itemIdOfResponse(recordId));
    return `${unitName ?? 'Đơn vị'} — ${found?.item.text ?? recordId}`;
  }
  return unitName ? `${entityLabel(entity)} — ${unitName}` : entityLabel(entity);
}
