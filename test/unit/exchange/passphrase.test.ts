import { describe, expect, it } from 'vitest';
import { passphraseStrength } from '../../../shared/exchange';

describe('passphrase strength shown while typing', () => {
  it('calls a short passphrase too short, whatever its characters', () => {
    expect(passphraseStrength('Đ#9k!x')).toEqual({ level: 0, label: 'Quá ngắn', advice: 'Cần ít nhất 12 ký tự.' });
  });

  it('calls repeated, sequential or well-known passphrases weak even when long enough', () => {
    for (const p of ['aaaaaaaaaaaa', 'abcdefghijklmn', '123456789012', 'matkhau12345', 'Mật khẩu 2025'])
      expect(passphraseStrength(p).label, p).toBe('Yếu');
  });

  it('calls a few unrelated Vietnamese words strong', () => {
    expect(passphraseStrength('ngựa vằn ăn cỏ lúc bình minh').label).toBe('Mạnh');
    expect(passphraseStrength('Sông Đồng Nai chiều 17 giờ').label).toBe('Mạnh');
  });

  it('rises as words are added', () => {
    const levels = ['ngựa vằn ăn', 'ngựa vằn ăn cỏ', 'ngựa vằn ăn cỏ lúc bình minh'].map((p) => passphraseStrength(p).level);
    expect(levels).toEqual([...levels].sort());
    expect(levels[0]).toBeLessThan(levels[2]);
  });
});
