import { describe, expect, it } from 'vitest';
import { matchesSearch, normalizeForSearch } from '../../../shared/domain/search';

describe('diacritic-insensitive search', () => {
  it('"cai cach" finds "cải cách"', () => {
    expect(matchesSearch('Công tác cải cách hành chính', 'cai cach')).toBe(true);
  });
  it('"d" finds "đ" and case is ignored', () => {
    expect(matchesSearch('Đoàn kiểm tra', 'doan')).toBe(true);
    expect(matchesSearch('ĐỒNG NAI', 'dong nai')).toBe(true);
  });
  it('typing with diacritics still finds text written with them', () => {
    expect(matchesSearch('thủ tục hành chính', 'thủ tục')).toBe(true);
  });
  it('every word must occur', () => {
    expect(matchesSearch('cải cách thể chế', 'cai tai chinh')).toBe(false);
  });
  it('normalises composed and decomposed Unicode alike', () => {
    expect(normalizeForSearch('ải'.normalize('NFD'))).toBe(normalizeForSearch('ải'.normalize('NFC')));
  });
  it('an empty query matches everything', () => {
    expect(matchesSearch('bất kỳ', '  ')).toBe(true);
  });
});
