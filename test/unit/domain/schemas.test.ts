import { describe, expect, it } from 'vitest';
import { checkEditValue, EvidenceSchema, InspectionSchema, MemberSchema, ResponseSchema, firstIssueMessage } from '../../../shared/domain/schemas';

function message(r: { success: boolean; error?: unknown }): string {
  expect(r.success).toBe(false);
  return firstIssueMessage(r.error as Parameters<typeof firstIssueMessage>[0]);
}

describe('response validation', () => {
  it('refuses a numerator above the denominator (21/13) and says which to fix', () => {
    const m = message(ResponseSchema.safeParse({ numerator: 21, denominator: 13 }));
    expect(m).toContain('Tử số (21) không được lớn hơn mẫu số (13)');
  });
  it('refuses a negative count', () => {
    expect(message(ResponseSchema.safeParse({ count: -3 }))).toBe('Số lượng không được là số âm.');
  });
  it('refuses a fractional count', () => {
    expect(message(ResponseSchema.safeParse({ count: 2.5 }))).toContain('số nguyên');
  });
  it('refuses 31/02/2025', () => {
    expect(message(ResponseSchema.safeParse({ date: '2025-02-31' }))).toContain('Ngày không hợp lệ');
  });
  it('accepts a complete valid answer', () => {
    expect(ResponseSchema.safeParse({ verdict: 'dat', numerator: 13, denominator: 21, count: 0, date: '2025-08-05', comment: 'Có' }).success).toBe(true);
  });
});

describe('set-up validation', () => {
  const valid = {
    governingBody: 'UBND TỈNH ĐỒNG NAI',
    issuingBody: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
    teamName: 'Đoàn kiểm tra',
    placeName: 'Đồng Nai',
    addressee: 'Giám đốc Sở Khoa học và Công nghệ',
    plan: { number: '14/KH-SKHCN', date: '2025-08-05' },
    decision: { number: '128/QĐ-SKHCN', date: '2025-08-20' },
    periodFrom: '2024-10-01',
    periodTo: '2025-09-30',
    visitFrom: '2025-09-22',
    visitTo: '2025-09-26',
    templateId: 'cchc-so',
    templateVersion: 1,
  };
  it('accepts a complete inspection', () => {
    expect(InspectionSchema.safeParse(valid).success).toBe(true);
  });
  it('requires names and says what to type', () => {
    expect(message(InspectionSchema.safeParse({ ...valid, issuingBody: '  ' }))).toBe('Hãy nhập tên cơ quan ban hành báo cáo.');
  });
  it('refuses a period that ends before it starts', () => {
    expect(message(InspectionSchema.safeParse({ ...valid, periodTo: '2024-01-01' }))).toContain('phải sau ngày bắt đầu');
  });
  it('requires a member role', () => {
    expect(message(MemberSchema.safeParse({ name: 'Nguyễn Văn A', role: 'boss' }))).toBe('Hãy chọn vai trò trong đoàn.');
  });
  it('requires the number of an evidence document', () => {
    expect(message(EvidenceSchema.safeParse({ itemId: 'x', docType: 'KH', number: '' }))).toBe('Hãy nhập số, ký hiệu văn bản.');
  });
});

describe('edit value checks for import', () => {
  it('checks a value against its field', () => {
    expect(checkEditValue('response', 'count', 4)).toBeUndefined();
    expect(checkEditValue('response', 'count', -4)).toBeDefined();
    expect(checkEditValue('response', 'nonsense', 1)).toContain('nonsense');
    expect(checkEditValue('finding', '$deleted', true)).toBeUndefined();
    expect(checkEditValue('finding', '$deleted', 'yes')).toBeDefined();
  });
});
