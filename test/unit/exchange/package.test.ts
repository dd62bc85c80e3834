import { describe, expect, it } from 'vitest';
import { mergeEdits } from '../../../shared/domain/derive';
import { buildPackage, editsByInspection, keyFingerprint, openPackage, readPackage, previewImport, sealPackage, type CheckedPackage } from '../../../shared/exchange';
import { answer, laptop, opts, setupEdits, ITEM_A, ITEM_B, KEYS, INSPECTION_ID } from './sample';

describe('.tkt packages', () => {
  const setup = setupEdits();
  const bình = laptop('binh', 'm2', 1_700_000_100_000);
  const results = mergeEdits(setup, answer(setup, bình, 'u1', ITEM_A, { verdict: 'dat', numerator: 1114, denominator: 1114 }));

  it('round-trips the edit records exactly, signed by the exporting laptop', async () => {
    const bytes = buildPackage(results, opts('results', 'm2', 'Trần Thị Bình'));
    const r = await openPackage('ket-qua.tkt', bytes);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(mergeEdits(r.package.edits)).toEqual(mergeEdits(results));
    expect(r.package.manifest.exporter).toEqual({ memberId: 'm2', name: 'Trần Thị Bình', publicKey: KEYS.m2.publicKey });
    expect(r.package.manifest.counts.edits).toBe(results.length);
    expect(r.package.encrypted).toBe(false);
  });

  it('the same edits in any order give the same bytes of content (stable serialisation)', async () => {
    const a = await openPackage('a.tkt', buildPackage(results, opts('results', 'm2', 'B')));
    const b = await openPackage('b.tkt', buildPackage([...results].reverse(), opts('results', 'm2', 'B')));
    expect(a.ok && b.ok && a.package.manifest.contentHash === b.package.manifest.contentHash).toBe(true);
  });

  it('an encrypted package opens only with its passphrase', async () => {
    const bytes = await sealPackage(buildPackage(results, opts('results', 'm2', 'B')), 'Đoàn kiểm tra 2025');
    const text = new TextDecoder('latin1').decode(bytes);
    expect(text).not.toContain('Văn phòng');
    expect(text).not.toContain('1114');
    const none = await openPackage('mat-khau.tkt', bytes);
    expect(none.ok ? 'ok' : none.error.code).toBe('passphrase-needed');
    const wrong = await openPackage('mat-khau.tkt', bytes, { passphrase: 'doan kiem tra 2025' });
    expect(wrong.ok ? 'ok' : wrong.error.message).toBe(
      'Mật khẩu không đúng cho tệp "mat-khau.tkt". Hãy nhập lại mật khẩu của đoàn (phân biệt chữ hoa, chữ thường); nếu chắc chắn đã đúng, có thể tệp bị hỏng khi chép, hãy xin người gửi gửi lại.',
    );
    const right = await openPackage('mat-khau.tkt', bytes, { passphrase: 'Đoàn kiểm tra 2025' });
    expect(right.ok && mergeEdits(right.package.edits)).toEqual(mergeEdits(results));
  });

  it('knows the signer when the set-up carries the member key, and refuses a key that belongs to someone else', async () => {
    const withKeys = setupEdits({ m2: KEYS.m2.publicKey, m3: KEYS.m3.publicKey });
    const current = editsByInspection(withKeys);
    const fromBinh = await readPackage('binh.tkt', buildPackage(results, opts('results', 'm2', 'Trần Thị Bình')), { currentEdits: current });
    expect(fromBinh.ok && fromBinh.package.signer).toEqual({ status: 'verified', memberName: 'Trần Thị Bình' });

    const forged = buildPackage(results, { ...opts('results', 'm2', 'Trần Thị Bình'), keys: KEYS.m3 });
    const r = await readPackage('binh.tkt', forged, { currentEdits: current });
    expect(r.ok ? 'ok' : r.error.message).toBe(
      'Tệp "binh.tkt" có bản ghi ghi là của Trần Thị Bình nhưng không được khóa của Trần Thị Bình ký (tệp được ký bằng khóa của Lê Văn Cường). Có thể tệp bị giả mạo; không nhập tệp này và hãy liên hệ người gửi.',
    );

    // A first key reaches the leader as one to compare by phone; a member's laptop never takes it from the member.
    const first = buildPackage(results, opts('results', 'm2', 'B'));
    const atLeader = await readPackage('binh.tkt', first, { currentEdits: editsByInspection(setup), me: () => 'm1' });
    expect(atLeader.ok && atLeader.package.pendingKeys).toEqual([{ memberId: 'm2', memberName: 'Trần Thị Bình', publicKey: KEYS.m2.publicKey, fingerprint: keyFingerprint(KEYS.m2.publicKey) }]);
    expect(atLeader.ok && atLeader.package.signer).toEqual({ status: 'unknown-key' });
    const atMember = await readPackage('binh.tkt', first, { currentEdits: editsByInspection(setup), me: () => 'm3' });
    expect(atMember.ok ? 'ok' : atMember.error.code).toBe('unknown-key');
  });

  it('previews who, how many new records, which units and sections, and the disagreements it creates', async () => {
    const cuong = laptop('cuong', 'm3', 1_700_000_200_000);
    const leaderHas = mergeEdits(setup, answer(setup, cuong, 'u1', ITEM_A, { verdict: 'khong-dat' }), answer(setup, cuong, 'u2', ITEM_B, { verdict: 'dat' }));
    const current = editsByInspection(leaderHas);
    const r = await readPackage('binh.tkt', buildPackage(results, opts('results', 'm2', 'Trần Thị Bình')), { currentEdits: current, expectedInspectionId: INSPECTION_ID, me: () => 'm1' });
    expect(r.ok).toBe(true);
    const p = previewImport((r as { package: CheckedPackage }).package, current);
    expect(p.member).toEqual({ id: 'm2', name: 'Trần Thị Bình' });
    expect(p.newEdits.length).toBe(3);
    expect(p.units).toEqual(['Văn phòng Sở']);
    expect(p.sections).toEqual(['2. Thủ tục hành chính']);
    expect(p.newDisagreements).toBe(1);
    expect(p.touchesSetup).toBe(false);
    expect(p.exportedAt).toBe('2025-10-02T08:00:00.000Z');

    const again = previewImport((r as { package: CheckedPackage }).package, editsByInspection(mergeEdits(leaderHas, results)));
    expect(again.newEdits.length).toBe(0);
    expect(again.newDisagreements).toBe(0);
  });
});
