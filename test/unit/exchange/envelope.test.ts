/**
 * The sealed envelope of a passphrase-protected package: what a lost USB
 * stick shows (only the format, the scrypt parameters and the salt), the
 * allow-list of scrypt costs, the minimum passphrase length, and format-1
 * encrypted files from earlier versions still opening.
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { mergeEdits } from '../../../shared/domain/derive';
import {
  CURRENT_KDF,
  KDF_ALLOW_LIST,
  MIN_PASSPHRASE_LENGTH,
  buildPackage,
  deriveInThread,
  editsByInspection,
  openPackage,
  passphraseProblem,
  readPackage,
  sealPackage,
  type DeriveFn,
} from '../../../shared/exchange';
import { craftSealed } from '../../fixtures/exchange/sealed';
import { answer, laptop, opts, setupEdits, ITEM_A, INSPECTION_ID } from './sample';

const PASS = 'Đoàn kiểm tra Sở KH&CN 2025';
const setup = setupEdits();
const binh = laptop('binh', 'm2', 1_700_000_100_000);
const results = mergeEdits(setup, answer(setup, binh, 'u1', ITEM_A, { verdict: 'dat', numerator: 1114, denominator: 1114, comment: 'Sổ theo dõi hồ sơ' }));
const plain = buildPackage(results, opts('results', 'm2', 'Trần Thị Bình'));

/** scrypt at N=2^17 costs a second or two here; the same derivation is not paid twice in this file. */
const memo = new Map<string, Promise<Uint8Array>>();
const derive: DeriveFn = (passphrase, kdf, length) => {
  const key = JSON.stringify([passphrase, kdf, length]);
  if (!memo.has(key)) memo.set(key, deriveInThread(passphrase, kdf, length));
  return memo.get(key)!;
};

const sealed = await sealPackage(plain, PASS, { derive });

describe('a sealed package, as a stranger holding the file sees it', () => {
  it('holds in clear only the format, the KDF parameters and the salt', () => {
    const entries = unzipSync(sealed);
    expect(Object.keys(entries).sort()).toEqual(['sealed.bin', 'sealed.json']);
    const header = JSON.parse(new TextDecoder().decode(entries['sealed.json']));
    expect(Object.keys(header).sort()).toEqual(['format', 'kdf']);
    expect(Object.keys(header.kdf).sort()).toEqual(['N', 'name', 'p', 'r', 'salt']);
    expect(header).toEqual({ format: 'tkt-sealed-1', kdf: { name: 'scrypt', N: 2 ** 17, r: 8, p: 1, salt: expect.stringMatching(/^[0-9a-f]{32}$/) } });
  });

  it('shows nothing of the inspection, the member, the time, the counts or any hash of the content', async () => {
    const opened = await openPackage('p.tkt', plain);
    if (!opened.ok) throw new Error(opened.error.message);
    const m = opened.package.manifest;
    const all = unzipSync(sealed);
    const clear = [new TextDecoder('latin1').decode(sealed), ...Object.values(all).map((b) => new TextDecoder('latin1').decode(b))].join('\n');
    const utf8 = (s: string) => new TextDecoder('latin1').decode(new TextEncoder().encode(s));
    for (const secret of [
      m.inspections[0].title!,
      m.inspections[0].id,
      m.exporter.name,
      `"${m.exporter.memberId}"`,
      m.exporter.publicKey,
      m.exportedAt,
      m.contentHash,
      'Văn phòng Sở',
      'Sổ theo dõi',
      '1114',
      'manifest.json',
      'edits.json',
      '"counts"',
      'results',
    ])
      expect(clear, secret).not.toContain(utf8(secret));
  });

  it('opens only with its passphrase, with every record as exported', async () => {
    const none = await openPackage('ma-hoa.tkt', sealed, { derive });
    expect(none.ok ? 'ok' : none.error.code).toBe('passphrase-needed');
    const wrong = await openPackage('ma-hoa.tkt', sealed, { passphrase: 'Đoàn kiểm tra Sở KH&CN 2024', derive });
    expect(wrong.ok ? 'ok' : wrong.error.code).toBe('wrong-passphrase');
    const right = await openPackage('ma-hoa.tkt', sealed, { passphrase: PASS, derive });
    if (!right.ok) throw new Error(right.error.message);
    expect(right.package.encrypted).toBe(true);
    expect(mergeEdits(right.package.edits)).toEqual(mergeEdits(results));
    expect(right.package.manifest.exporter.name).toBe('Trần Thị Bình');
  });

  it('binds its clear header: the parameters cannot be swapped for another allowed cost', async () => {
    const entries = unzipSync(sealed);
    const header = JSON.parse(new TextDecoder().decode(entries['sealed.json']));
    header.kdf.N = 2 ** 15;
    const { writeZip } = await import('../../../shared/exchange');
    const swapped = writeZip({ 'sealed.json': new TextEncoder().encode(JSON.stringify(header)), 'sealed.bin': entries['sealed.bin'] });
    const r = await openPackage('doi-tham-so.tkt', swapped, { passphrase: PASS, derive });
    expect(r.ok ? 'ok' : r.error.code).toBe('wrong-passphrase');
  });
});

describe('the scrypt cost', () => {
  it('is at least OWASP’s N=2^17, r=8, p=1 for every file written', () => {
    expect(CURRENT_KDF).toEqual({ N: 2 ** 17, r: 8, p: 1 });
    expect(KDF_ALLOW_LIST[0]).toBe(CURRENT_KDF);
  });

  it('chosen by a file outside the allow-list is refused before any work, in Vietnamese', async () => {
    const spy = vi.fn(deriveInThread);
    const costly = craftSealed(plain, PASS, { N: 2 ** 20, r: 8, p: 1 });
    const r = await openPackage('chi-phi.tkt', costly, { passphrase: PASS, derive: spy });
    expect(r.ok ? 'ok' : r.error.code).toBe('kdf-not-allowed');
    expect(r.ok ? '' : r.error.message).toBe(
      'Tệp "chi-phi.tkt" đòi giải mã với mức tính toán không được phép (scrypt N = 1.048.576, r = 8, p = 1). Ứng dụng chỉ chấp nhận các mức định sẵn, để một tệp lạ không thể làm máy treo lâu. Không mở tệp này; hãy xin người gửi xuất lại bằng Tự Kiểm Tra.',
    );
    // Even a cheap cost not on the list is refused: the list, not a bound, decides.
    const cheap = await openPackage('re.tkt', craftSealed(plain, PASS, { N: 2 ** 10, r: 8, p: 1 }), { passphrase: PASS, derive: spy });
    expect(cheap.ok ? 'ok' : cheap.error.code).toBe('kdf-not-allowed');
    expect(spy).not.toHaveBeenCalled();
  });

  it('is not chosen by the writer either: sealing with a cost off the list is refused', async () => {
    await expect(sealPackage(plain, PASS, { kdf: { N: 2 ** 10, r: 8, p: 1 }, derive })).rejects.toThrow('danh sách cho phép');
  });

  it('runs through the derive function the app gives (its Web Worker), never inline when one is given', async () => {
    const spy = vi.fn((p: string, k: Parameters<DeriveFn>[1], l: number) => derive(p, k, l));
    await openPackage('ma-hoa.tkt', sealed, { passphrase: PASS, derive: spy });
    expect(spy).toHaveBeenCalledTimes(1);
  });
});

describe('the team passphrase', () => {
  it(`must have at least ${MIN_PASSPHRASE_LENGTH} characters, said in Vietnamese`, async () => {
    expect(passphraseProblem('doan2025')).toBe(
      'Mật khẩu của đoàn cần ít nhất 12 ký tự (hiện có 8). Hãy dùng một câu ngắn dễ nhớ, ví dụ ba, bốn từ.',
    );
    // Counted in letters as a person sees them, not in UTF-16 units or bytes.
    expect(passphraseProblem('Đoàn kiểm tr')).toBeUndefined();
    expect(passphraseProblem('Đoàn kiểm t')).toMatch(/hiện có 11/);
    await expect(sealPackage(plain, 'ngắn', { derive })).rejects.toThrow('Mật khẩu của đoàn cần ít nhất 12 ký tự (hiện có 4).');
  });
});

describe('format-1 encrypted packages from earlier versions', () => {
  const dir = new URL('../../fixtures/exchange/format1/', import.meta.url);
  const file = new Uint8Array(readFileSync(new URL('ket-qua-Tran-Thi-Binh-mat-khau.tkt', dir)));
  const keys = JSON.parse(readFileSync(new URL('keys.json', dir), 'utf8')) as { m2: string };

  it('still open and import with their passphrase (N=2^15 is on the list for them)', async () => {
    const wrong = await openPackage('cu.tkt', file, { passphrase: 'Đoàn kiểm tra 2024', derive });
    expect(wrong.ok ? 'ok' : wrong.error.code).toBe('wrong-passphrase');
    const r = await readPackage('cu.tkt', file, { passphrase: 'Đoàn kiểm tra 2025', derive, expectedInspectionId: INSPECTION_ID, currentEdits: editsByInspection(setupEdits({ m2: keys.m2 })) });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.package.manifest.formatVersion).toBe(1);
    expect(r.package.edits.some((e) => e.field === 'numerator' && e.value === 1114)).toBe(true);
  });
});
