import { describe, expect, it } from 'vitest';
import { checkDrafts, parseWhole } from '../../../renderer/src/features/checklist/responseDraft';

describe('checking what the inspector typed before it is saved', () => {
  it('reads Vietnamese thousands and empty inputs', () => {
    expect(parseWhole('1.114')).toBe(1114);
    expect(parseWhole(' 13 ')).toBe(13);
    expect(parseWhole('')).toBeNull();
    expect(parseWhole('1,5')).toBe(1.5);
  });

  it('writes a valid ratio and date as stored values', () => {
    const r = checkDrafts({}, { numerator: '13', denominator: '21', date: '5/8/2025', comment: 'ok' });
    expect(r.errors).toEqual({});
    expect(r.values).toEqual({ numerator: 13, denominator: 21, date: '2025-08-05', comment: 'ok' });
  });

  it('refuses a numerator above the denominator, writing neither half, while other fields still save', () => {
    const r = checkDrafts({}, { numerator: '21', denominator: '13', comment: 'đã xem' });
    expect(r.errors.numerator).toContain('Tử số (21) không được lớn hơn mẫu số (13)');
    expect(r.values).toEqual({ comment: 'đã xem' });
  });

  it('checks a changed denominator against the stored numerator', () => {
    const r = checkDrafts({ numerator: 13, denominator: 21 }, { denominator: '10' });
    expect(r.errors.numerator).toBeDefined();
    expect(r.values).toEqual({});
  });

  it('holds back one half of a ratio until the other is there', () => {
    expect(checkDrafts({}, { numerator: '21' }).values).toEqual({});
    expect(checkDrafts({ numerator: 13, denominator: 21 }, { numerator: '', denominator: '' }).values).toEqual({ numerator: null, denominator: null });
  });

  it('refuses negative or fractional counts and impossible dates with Vietnamese messages', () => {
    expect(checkDrafts({ count: 5 }, { count: '-3' })).toEqual({ values: {}, errors: { count: 'Số lượng không được là số âm.' } });
    expect(checkDrafts({}, { count: '2,5' }).errors.count).toContain('số nguyên');
    expect(checkDrafts({}, { count: 'abc' }).errors.count).toContain('hãy nhập một số nguyên không âm');
    expect(checkDrafts({}, { date: '31/02/2025' }).errors.date).toMatch(/^Ngày không hợp lệ/);
  });
});
