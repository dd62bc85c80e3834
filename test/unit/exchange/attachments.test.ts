import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { mergeEdits } from '../../../shared/domain/derive';
import { ATTACHMENT_LIMITS, attachmentRefsProblem, buildPackage, sealPackage, chooseFilesToSend, editsByInspection, openPackage, readPackage, sha256Hex } from '../../../shared/exchange';
import { laptop, opts, setupEdits, write } from './sample';

const photo = (seed: number, size = 4096): Uint8Array => Uint8Array.from({ length: size }, (_, i) => (i * 31 + seed * 7) & 255);

/** Rewrite one entry of a built package, leaving the signed manifest as it was. */
function replaceEntry(pkg: Uint8Array, name: string, data: Uint8Array): Uint8Array {
  const entries: Record<string, Uint8Array> = unzipSync(pkg);
  entries[name] = data;
  return zipSync(entries);
}

describe('attached files in .tkt packages', () => {
  const setup = setupEdits();
  const binh = laptop('binh', 'm2', 1_700_000_100_000);
  const a = photo(1);
  const b = photo(2);
  const attached = mergeEdits(
    setup,
    write(setup, binh, 'evidence', 'ev1', 'u1', { itemId: 'tthc.ho-so-dung-han', docType: 'BC', number: '45/BC-VP' }),
    write(setup, binh, 'attachment', 'at1', 'u1', { evidenceId: 'ev1', itemId: 'tthc.ho-so-dung-han', name: 'ảnh 1.jpg', type: 'image/jpeg', size: a.length, sha256: sha256Hex(a) }),
  );

  it('carries each file once under its SHA-256, and the leader gets the same bytes', async () => {
    // The app hands the files in by hash (renderer/src/db/files.ts), so a photo attached twice is one entry.
    const bytes = buildPackage(attached, opts('results', 'm2', 'Trần Thị Bình'), { [sha256Hex(a)]: a, [sha256Hex(b)]: b });
    const r = await readPackage('ket-qua.tkt', bytes, { currentEdits: editsByInspection(setup), me: () => 'm1' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.package.manifest.attachments.map((x) => x.hash).sort()).toEqual([sha256Hex(a), sha256Hex(b)].sort());
    expect(r.package.attachments[sha256Hex(a)]).toEqual(a);
    expect(r.package.attachments[sha256Hex(b)]).toEqual(b);
    expect(r.package.edits.some((e) => e.entity === 'attachment' && e.field === 'sha256' && e.value === sha256Hex(a))).toBe(true);
  });

  it('travels under the team passphrase with the records: nothing of the photo shows in the sealed file', async () => {
    const marker = new TextEncoder().encode('EXIF-ANH-CHUP-QUAY-MOT-CUA');
    const shot = new Uint8Array([...marker, ...photo(3)]);
    const sealed = await sealPackage(buildPackage(attached, opts('results', 'm2', 'Trần Thị Bình'), { [sha256Hex(shot)]: shot }), 'Đoàn kiểm tra 2025');
    expect(new TextDecoder('latin1').decode(sealed)).not.toContain('EXIF-ANH-CHUP');
    const r = await openPackage('mat-khau.tkt', sealed, { passphrase: 'Đoàn kiểm tra 2025' });
    expect(r.ok && r.package.attachments[sha256Hex(shot)]).toEqual(shot);
  });

  it('refuses a file whose bytes were changed after signing (its hash no longer matches its name)', async () => {
    const bytes = buildPackage(attached, opts('results', 'm2', 'Trần Thị Bình'), { x: a });
    const tampered = a.slice();
    tampered[100] ^= 1;
    const r = await openPackage('ket-qua.tkt', replaceEntry(bytes, `attachments/${sha256Hex(a)}`, tampered));
    expect(r.ok ? 'ok' : r.error.message).toBe(
      'Tệp "ket-qua.tkt" đã bị thay đổi sau khi xuất (tệp đính kèm không khớp mã băm). Không nhập tệp này; hãy xin người gửi xuất lại.',
    );
  });

  it('refuses a file over 20 MB by its declared size before inflating it, naming the package and the file', async () => {
    const huge = new Uint8Array(ATTACHMENT_LIMITS.maxFileBytes + 1024 * 1024);
    const bytes = buildPackage(attached, opts('results', 'm2', 'Trần Thị Bình'), { x: huge });
    const r = await openPackage('ket-qua.tkt', bytes);
    expect(r.ok ? 'ok' : r.error.message).toBe(
      `Tệp "ket-qua.tkt" có tệp đính kèm (mã ${sha256Hex(huge).slice(0, 8)}) nặng 21 MB, vượt giới hạn 20 MB cho mỗi tệp. Ứng dụng không mở tệp này để máy không bị treo; hãy xin người gửi bỏ bớt hoặc thu nhỏ tệp đính kèm rồi xuất lại.`,
    );
  });

  it('checks the signed manifest too: one file over 20 MB, or all of them over the package bound', () => {
    expect(attachmentRefsProblem('goi.tkt', [{ hash: 'a'.repeat(64), size: 1 }, { hash: 'b'.repeat(64), size: 25 * 1024 * 1024 }])?.message).toMatch(
      /^Tệp "goi.tkt" có tệp đính kèm thứ 2 \(mã bbbbbbbb\) nặng 25 MB, vượt giới hạn 20 MB cho mỗi tệp\./,
    );
    const refs = Array.from({ length: 9 }, (_, i) => ({ hash: String(i).repeat(64), size: 19 * 1024 * 1024 }));
    expect(attachmentRefsProblem('goi.tkt', refs)?.message).toBe(
      'Tệp "goi.tkt" có 9 tệp đính kèm nặng 171 MB, vượt giới hạn 160 MB cho cả gói. Ứng dụng không mở tệp này để máy không bị treo; hãy xin người gửi bỏ bớt hoặc thu nhỏ tệp đính kèm rồi xuất lại.',
    );
    expect(attachmentRefsProblem('goi.tkt', refs.slice(0, 8))).toBeUndefined();
  });
});

describe('which files a package carries', () => {
  const f = (h: string, size = 10) => ({ sha256: h.repeat(64), size });

  it('sends each file once and none already sent to the leader', () => {
    expect(chooseFilesToSend([f('a'), f('b'), f('a'), f('c')], new Set(['b'.repeat(64)]))).toEqual({ send: ['a'.repeat(64), 'c'.repeat(64)], waiting: [] });
  });

  it('keeps files over the package bound for the next package', () => {
    expect(chooseFilesToSend([f('a', 60), f('b', 50), f('c', 40)], new Set(), 100)).toEqual({ send: ['a'.repeat(64), 'c'.repeat(64)], waiting: ['b'.repeat(64)] });
  });
});
