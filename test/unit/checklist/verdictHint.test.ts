import { describe, expect, it } from 'vitest';
import { suggestVerdict, verdictContradiction } from '../../../shared/checklist/verdictHint';

const target100 = { targetPercent: 100 };

describe('suggested verdict from ratio and target', () => {
  it('42/55 against a 100% target suggests partly met and flags a chosen "Đạt"', () => {
    const s = suggestVerdict(target100, { numerator: 42, denominator: 55 });
    expect(s?.verdict).toBe('dat-mot-phan');
    expect(s?.reason).toBe('42/55 = 76,36%, chưa đạt chỉ tiêu ≥ 100%.');
    expect(verdictContradiction('dat', s)).toBe(
      'Kết quả “Đạt” trái với số liệu: 42/55 = 76,36%, chưa đạt chỉ tiêu ≥ 100%. Hãy kiểm tra lại số liệu, hoặc ghi lý do vào Nhận xét.',
    );
    // Below target, "không đạt" is as defensible as "đạt một phần".
    expect(verdictContradiction('khong-dat', s)).toBeUndefined();
    expect(verdictContradiction('dat-mot-phan', s)).toBeUndefined();
  });

  it('a met target suggests "Đạt"; "Không đạt" then contradicts the numbers', () => {
    const s = suggestVerdict(target100, { numerator: 1114, denominator: 1114 });
    expect(s?.verdict).toBe('dat');
    expect(s?.reason).toBe('1.114/1.114 = 100%, đạt chỉ tiêu ≥ 100%.');
    expect(verdictContradiction('khong-dat', s)).toMatch(/^Kết quả “Không đạt” trái với số liệu/);
    expect(verdictContradiction('dat', s)).toBeUndefined();
  });

  it('79,99% misses an 80% target: the comparison is exact, not on the rounded text', () => {
    expect(suggestVerdict({ targetPercent: 80 }, { numerator: 7999, denominator: 10000 })?.verdict).toBe('dat-mot-phan');
    expect(suggestVerdict({ targetPercent: 80 }, { numerator: 8, denominator: 10 })?.verdict).toBe('dat');
  });

  it('nothing done out of some cases suggests "Không đạt" only', () => {
    const s = suggestVerdict({ targetPercent: 90 }, { numerator: 0, denominator: 12 });
    expect(s?.verdict).toBe('khong-dat');
    expect(verdictContradiction('dat-mot-phan', s)).toBeDefined();
  });

  it('0/0 suggests "Không phát sinh", and any other verdict is flagged', () => {
    const s = suggestVerdict(target100, { numerator: 0, denominator: 0 });
    expect(s).toEqual({ verdict: 'khong-phat-sinh', allowed: ['khong-phat-sinh'], reason: 'Tử số và mẫu số đều bằng 0: trong kỳ không phát sinh trường hợp nào.' });
    expect(verdictContradiction('dat', s)).toBeDefined();
    expect(verdictContradiction('khong-phat-sinh', s)).toBeUndefined();
  });

  it('without a target only "Không phát sinh" is ruled out once cases arose', () => {
    const s = suggestVerdict({}, { numerator: 3, denominator: 8 });
    expect(s?.verdict).toBeUndefined();
    expect(verdictContradiction('khong-phat-sinh', s)).toMatch(/Đã phát sinh 8 trường hợp \(3\/8 = 37,50%\)/);
    for (const v of ['dat', 'dat-mot-phan', 'khong-dat'] as const) expect(verdictContradiction(v, s)).toBeUndefined();
  });

  it('says nothing without both numbers, or with an impossible ratio, or without a chosen verdict', () => {
    expect(suggestVerdict(target100, { numerator: 3 })).toBeUndefined();
    expect(suggestVerdict(target100, { numerator: 9, denominator: 3 })).toBeUndefined();
    expect(suggestVerdict(target100, undefined)).toBeUndefined();
    expect(verdictContradiction(undefined, suggestVerdict(target100, { numerator: 1, denominator: 3 }))).toBeUndefined();
    expect(verdictContradiction('dat', undefined)).toBeUndefined();
  });
});
