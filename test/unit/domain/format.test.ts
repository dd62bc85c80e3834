import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDocRef,
  formatHeaderDate,
  formatNumber,
  formatPercent,
  parseVnDate,
  toInputDate,
} from '../../../shared/domain/format';

describe('Vietnamese number formats', () => {
  it('groups thousands with dots and uses a decimal comma', () => {
    expect(formatNumber(1114)).toBe('1.114');
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(12.44)).toBe('12,44');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(-1500)).toBe('-1.500');
    expect(formatNumber(0.5, 2)).toBe('0,50');
  });

  it('writes percentages as the reports do', () => {
    expect(formatPercent(100)).toBe('100%');
    expect(formatPercent((13 / 21) * 100)).toBe('61,90%');
    expect(formatPercent(12.4444)).toBe('12,44%');
    expect(formatPercent(Number.NaN)).toBe('');
  });
});

describe('Vietnamese date formats', () => {
  it('running text: two-digit day, month without zero except January and February', () => {
    expect(formatDate('2025-08-05')).toBe('05/8/2025');
    expect(formatDate('2025-01-15')).toBe('15/01/2025');
    expect(formatDate('2024-02-29')).toBe('29/02/2024');
    expect(formatDate('2025-10-14')).toBe('14/10/2025');
    expect(formatDate('not a date')).toBe('');
  });

  it('header: leading zero for days below 10 and for months 1 and 2', () => {
    expect(formatHeaderDate('2025-10-14')).toBe('ngày 14 tháng 10 năm 2025');
    expect(formatHeaderDate('2025-02-05')).toBe('ngày 05 tháng 02 năm 2025');
    expect(formatHeaderDate('2025-03-09')).toBe('ngày 09 tháng 3 năm 2025');
  });

  it('parses typed dates and refuses impossible ones', () => {
    expect(parseVnDate('05/08/2025')).toBe('2025-08-05');
    expect(parseVnDate('5/8/2025')).toBe('2025-08-05');
    expect(parseVnDate('29/02/2024')).toBe('2024-02-29');
    expect(parseVnDate('31/02/2025')).toBeUndefined();
    expect(parseVnDate('29/02/2025')).toBeUndefined();
    expect(parseVnDate('32/01/2025')).toBeUndefined();
    expect(parseVnDate('2025-08-05')).toBeUndefined();
    expect(toInputDate('2025-08-05')).toBe('05/08/2025');
  });

  it('writes document references', () => {
    expect(formatDocRef('Kế hoạch', '14/KH-SKHCN', '2025-08-05')).toBe('Kế hoạch số 14/KH-SKHCN ngày 05/8/2025');
    expect(formatDocRef('Quyết định', '128/QĐ-SKHCN')).toBe('Quyết định số 128/QĐ-SKHCN');
  });
});
