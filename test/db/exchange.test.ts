/**
 * Exchange through real storage (fake-indexeddb): three laptops pass `.tkt`
 * files, in any order and twice, and the leader ends with the union of
 * everyone's work and exactly the real disagreements.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { deriveState, disagreements, getRecord, mergeEdits } from '../../shared/domain/derive';
import { responseId } from '../../shared/domain/edit';
import { EditStore, inspectionEdits } from '../../renderer/src/db/edits';
import { applyImport, buildExport, checkImportFiles, claimMember, deviceSigner, trustMemberKey } from '../../renderer/src/db/exchange';
import { keyFingerprint } from '../../shared/exchange';
import { leaderKeyKey } from '../../renderer/src/db/settings';
import { InspectionRepo } from '../../renderer/src/db/inspections';
import { AppDB } from '../../renderer/src/db/schema';
import { INSPECTION_ID, ITEM_A, ITEM_B, setupEdits } from '../unit/exchange/sample';
import { dumpDb } from './exchange-helpers';
import { QUICK, generateInspection } from '../bench/generator';

const opened: AppDB[] = [];
let counter = 0;

async function laptopDb(): Promise<{ db: AppDB; store: EditStore }> {
  const db = new AppDB(`exchange-test-${++counter}-${Math.random()}`);
  opened.push(db);
  const store = await EditStore.open(db);
  return { db, store };
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

async function leaderWithSetup() {
  const l = await laptopDb();
  await l.store.write(setupEdits());
  await l.db.inspections.put({ id: INSPECTION_ID, addedAt: 1, openedAt: 1 });
  await claimMember(l.db, l.store, INSPECTION_ID, 'm1');
  return l;
}

/** The same laptop as another, at this moment (its database copied, same device key and clock). */
async function cloneOf(src: { db: AppDB }) {
  const l = await laptopDb();
  for (const t of src.db.tables) await l.db.table(t.name).bulkPut(await t.toArray());
  return { db: l.db, store: await EditStore.open(l.db) };
}

async function exportOf(l: { db: AppDB; store: EditStore }, kind: 'setup' | 'results' | 'merged' | 'backup', passphrase?: string) {
  const r = await buildExport(l.db, l.store, kind, kind === 'backup' ? undefined : INSPECTION_ID, { passphrase });
  if (!r.ok) throw new Error(r.message);
  return { name: r.fileName, data: r.data };
}

async function importAll(l: { db: AppDB; store: EditStore }, files: { name: string; data: Uint8Array; passphrase?: string }[], expected?: string) {
  const checks = await checkImportFiles(l.db, files, expected);
  const progress: [number, number][] = [];
  const outcome = await applyImport(l.db, l.store, checks, (d, t) => progress.push([d, t]));
  return { checks, outcome, progress };
}

describe('exchange between laptops', () => {
  it('a member imports the set-up package and the inspection appears on their laptop', async () => {
    const leader = await leaderWithSetup();
    const setup = await exportOf(leader, 'setup');
    const member = await laptopDb();
    const { checks, outcome } = await importAll(member, [setup]);
    expect(checks[0].ok && checks[0].preview.newInspectionIds).toEqual([INSPECTION_ID]);
    expect(outcome.newInspections).toEqual([INSPECTION_ID]);
    expect((await member.db.inspections.get(INSPECTION_ID))?.id).toBe(INSPECTION_ID);
    const state = deriveState(await inspectionEdits(member.db, INSPECTION_ID));
    expect(getRecord(state, 'unit', 'u1')?.fields.name.value).toBe('Văn phòng Sở');
    // The member compared the leader key's fingerprint before importing; it is now the one key that changes the set-up here.
    const leaderKey = (await deviceSigner(leader.db)).publicKey;
    expect(checks[0].ok && checks[0].preview.leaderToConfirm).toEqual({ publicKey: leaderKey, fingerprint: keyFingerprint(leaderKey) });
    expect((await member.db.settings.get(leaderKeyKey(INSPECTION_ID)))?.value).toBe(leaderKey);
  });

  it('the leader merges two members in any order, one file twice, and sees exactly the one real disagreement', async () => {
    const leader = await leaderWithSetup();
    const setup = await exportOf(leader, 'setup');
    const binh = await laptopDb();
    const cuong = await laptopDb();
    await importAll(binh, [setup]);
    await importAll(cuong, [setup]);
    await claimMember(binh.db, binh.store, INSPECTION_ID, 'm2');
    await claimMember(cuong.db, cuong.store, INSPECTION_ID, 'm3');
    const rb = new InspectionRepo(binh.db, binh.store, INSPECTION_ID);
    const rc = new InspectionRepo(cuong.db, cuong.store, INSPECTION_ID);
    await rb.setFields('response', responseId('u1', ITEM_A), 'u1', { verdict: 'dat', numerator: 1114, denominator: 1114 });
    await rc.setFields('response', responseId('u1', ITEM_A), 'u1', { verdict: 'khong-dat', numerator: 1114, denominator: 1114 });
    await rc.setFields('response', responseId('u2', ITEM_B), 'u2', { verdict: 'dat', text: 'Đã niêm yết đầy đủ' });
    const fromBinh = await exportOf(binh, 'results');
    const fromCuong = await exportOf(cuong, 'results', 'mật khẩu đoàn');

    const orders = [
      [fromBinh, fromCuong, fromBinh],
      [fromCuong, fromBinh, fromCuong],
    ];
    const finals: string[] = [];
    for (const order of orders) {
      const l = await cloneOf(leader);
      for (const f of order) {
        const { checks } = await importAll(l, [{ ...f, passphrase: 'mật khẩu đoàn' }], INSPECTION_ID);
        expect(checks[0].ok ? 'ok' : checks[0].error.message).toBe('ok');
      }
      const state = deriveState(await inspectionEdits(l.db, INSPECTION_ID));
      const d = disagreements(state);
      expect(d.map((x) => `${x.recordId}/${x.field}`)).toEqual([`${responseId('u1', ITEM_A)}/verdict`]);
      expect(d[0].heads.map((h) => [h.author, h.value]).sort()).toEqual([['m2', 'dat'], ['m3', 'khong-dat']]);
      expect(getRecord(state, 'response', responseId('u2', ITEM_B))?.fields.text.value).toBe('Đã niêm yết đầy đủ');
      expect(getRecord(state, 'response', responseId('u1', ITEM_A))?.fields.numerator.conflict).toBe(false);
      // The leader's own edits trusting the members' keys differ in time between the two runs; everything else is the same.
      finals.push(JSON.stringify((await inspectionEdits(l.db, INSPECTION_ID)).filter((e) => e.field !== 'publicKey').sort((a, b) => (a.id < b.id ? -1 : 1))));
    }
    expect(finals[0]).toBe(finals[1]);
  });

  it('re-importing a file writes nothing, and the preview says so', async () => {
    const leader = await leaderWithSetup();
    const setup = await exportOf(leader, 'setup');
    const member = await laptopDb();
    await importAll(member, [setup]);
    const before = await dumpDb(member.db);
    const { checks, outcome } = await importAll(member, [setup, setup]);
    expect(checks.every((c) => c.ok && c.preview.newEdits.length === 0)).toBe(true);
    expect(outcome.written).toBe(0);
    expect(await dumpDb(member.db)).toEqual(before);
  });

  it('a member key enters through the leader: first as one to compare, then known, and the leader sees the file is signed by that member', async () => {
    const leader = await leaderWithSetup();
    const member = await laptopDb();
    await importAll(member, [await exportOf(leader, 'setup')]);
    await claimMember(member.db, member.store, INSPECTION_ID, 'm2');
    await new InspectionRepo(member.db, member.store, INSPECTION_ID).setFields('response', responseId('u1', ITEM_A), 'u1', { verdict: 'dat' });
    const first = await importAll(leader, [await exportOf(member, 'results')], INSPECTION_ID);
    expect(first.checks[0].ok && first.checks[0].preview.signer).toEqual({ status: 'unknown-key' });
    const memberKey = (await deviceSigner(member.db)).publicKey;
    expect(first.checks[0].ok && first.checks[0].preview.pendingKeys).toEqual([{ memberId: 'm2', memberName: 'Trần Thị Bình', publicKey: memberKey, fingerprint: keyFingerprint(memberKey) }]);
    await new InspectionRepo(member.db, member.store, INSPECTION_ID).setFields('response', responseId('u1', ITEM_A), 'u1', { comment: 'Bổ sung' });
    const second = await importAll(leader, [await exportOf(member, 'results')], INSPECTION_ID);
    expect(second.checks[0].ok && second.checks[0].preview.signer).toEqual({ status: 'verified', memberName: 'Trần Thị Bình' });
  });

  it('reports progress in batches up to the total, and a backup restores everything into an empty laptop', async () => {
    const leader = await leaderWithSetup();
    const repo = new InspectionRepo(leader.db, leader.store, INSPECTION_ID);
    for (let i = 0; i < 30; i++) await repo.setFields('finding', `f${i}`, 'u1', { sectionId: 'tthc', kind: 'strength', text: `Ưu điểm ${i}` });
    const backup = await exportOf(leader, 'backup');
    const fresh = await laptopDb();
    const { outcome, progress } = await importAll(fresh, [backup]);
    const total = (await inspectionEdits(leader.db, INSPECTION_ID)).length;
    expect(outcome.written).toBe(total);
    expect(progress.at(-1)).toEqual([total, total]);
    expect((await inspectionEdits(fresh.db, INSPECTION_ID)).length).toBe(total);
  });

  it('writes a large import in several batches with progress, never overwrites a record it already has, and a second apply writes nothing', async () => {
    const li = generateInspection({ ...QUICK, edits: 4_500 });
    const all = mergeEdits(...li.byMember);
    const leader = await laptopDb();
    await leader.store.write(all);
    await leader.db.inspections.put({ id: li.inspectionId, addedAt: 1, openedAt: 1 });
    const backup = await exportOf(leader, 'backup');

    // The same laptop after its data was lost (its key kept): its own backup is its own data.
    const fresh = await laptopDb();
    for (const key of ['deviceSigner', 'deviceId']) await fresh.db.settings.put((await leader.db.settings.get(key))!);
    const checks = await checkImportFiles(fresh.db, [backup]);
    expect(checks[0].ok && checks[0].preview.newEdits.length).toBe(all.length);
    // Meanwhile the same edit id arrives another way, carrying something else: it must be kept as it is.
    const meanwhile = { ...all[7], value: 'đã có trên máy' };
    await fresh.db.edits.put(meanwhile);

    const progress: [number, number][] = [];
    const first = await applyImport(fresh.db, fresh.store, checks, (d, t) => progress.push([d, t]));
    expect(first.written).toBe(all.length - 1);
    expect(first.newInspections).toEqual([li.inspectionId]);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toEqual([all.length, all.length]);
    expect(progress.every(([d], i) => i === 0 || d > progress[i - 1][0])).toBe(true);
    expect(await fresh.db.edits.count()).toBe(all.length);
    expect((await fresh.db.edits.get(meanwhile.id))?.value).toBe('đã có trên máy');

    const before = await dumpDb(fresh.db);
    const second = await applyImport(fresh.db, fresh.store, checks);
    expect(second).toEqual({ written: 0, newInspections: [] });
    expect(await dumpDb(fresh.db)).toBe(before);
  });

  it('a member cannot export "my results" before choosing who they are', async () => {
    const leader = await leaderWithSetup();
    const member = await laptopDb();
    await importAll(member, [await exportOf(leader, 'setup')]);
    const r = await buildExport(member.db, member.store, 'results', INSPECTION_ID);
    expect(r.ok ? 'ok' : r.message).toBe('Hãy chọn "Tôi là …" (tên của bạn trong đoàn) trước khi xuất kết quả của mình.');
  });
});

describe('rolling backup', () => {
  it('writes a full backup only when something changed since the last one, and it restores', async () => {
    const { backupIfChanged } = await import('../../renderer/src/db/backup');
    const leader = await leaderWithSetup();
    const written: Uint8Array[] = [];
    const target = { write: async (data: Uint8Array) => void written.push(data) };
    const m1 = await backupIfChanged(leader.db, leader.store, target, undefined);
    const m2 = await backupIfChanged(leader.db, leader.store, target, m1);
    expect(written).toHaveLength(1);
    expect(m2).toBe(m1);
    await new InspectionRepo(leader.db, leader.store, INSPECTION_ID).setFields('response', responseId('u1', ITEM_A), 'u1', { verdict: 'dat' });
    await backupIfChanged(leader.db, leader.store, target, m2);
    expect(written).toHaveLength(2);

    const fresh = await laptopDb();
    const { checks } = await importAll(fresh, [{ name: 'sao-luu.tkt', data: written[1] }]);
    expect(checks[0].ok && checks[0].preview.kind).toBe('backup');
    expect(await inspectionEdits(fresh.db, INSPECTION_ID)).toHaveLength((await inspectionEdits(leader.db, INSPECTION_ID)).length);
  });
});

describe('a member who changes laptop', () => {
  it('is refused until the leader trusts the new laptop, then verified, and the old laptop is refused', async () => {
    const leader = await leaderWithSetup();
    const oldLaptop = await laptopDb();
    await importAll(oldLaptop, [await exportOf(leader, 'setup')]);
    await claimMember(oldLaptop.db, oldLaptop.store, INSPECTION_ID, 'm2');
    await new InspectionRepo(oldLaptop.db, oldLaptop.store, INSPECTION_ID).setFields('response', responseId('u1', ITEM_A), 'u1', { verdict: 'dat' });
    await importAll(leader, [await exportOf(oldLaptop, 'results')], INSPECTION_ID);

    // The member continues on a new laptop from the leader's merged state.
    const newLaptop = await laptopDb();
    await importAll(newLaptop, [await exportOf(leader, 'merged')]);
    await claimMember(newLaptop.db, newLaptop.store, INSPECTION_ID, 'm2');
    await new InspectionRepo(newLaptop.db, newLaptop.store, INSPECTION_ID).setFields('response', responseId('u1', ITEM_B), 'u1', { verdict: 'khong-dat' });
    const file = await exportOf(newLaptop, 'results');

    const before = await dumpDb(leader.db);
    const [refused] = await checkImportFiles(leader.db, [file], INSPECTION_ID);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('foreign-signature');
    expect(refused.error.newKey).toEqual({ inspectionId: INSPECTION_ID, memberId: 'm2', memberName: 'Trần Thị Bình', publicKey: (await deviceSigner(newLaptop.db)).publicKey });
    expect(await dumpDb(leader.db)).toEqual(before);

    await trustMemberKey(leader.db, leader.store, INSPECTION_ID, 'm2', refused.error.newKey!.publicKey);
    const { checks, outcome } = await importAll(leader, [file], INSPECTION_ID);
    expect(checks[0].ok && checks[0].preview.signer).toEqual({ status: 'verified', memberName: 'Trần Thị Bình' });
    expect(outcome.written).toBeGreaterThan(0);
    const state = deriveState(await inspectionEdits(leader.db, INSPECTION_ID));
    expect(getRecord(state, 'response', responseId('u1', ITEM_B))?.fields.verdict.value).toBe('khong-dat');
    expect(disagreements(state)).toEqual([]);

    // The old laptop's files are now refused.
    await new InspectionRepo(oldLaptop.db, oldLaptop.store, INSPECTION_ID).setFields('response', responseId('u1', ITEM_A), 'u1', { comment: 'muộn' });
    const [old] = await checkImportFiles(leader.db, [await exportOf(oldLaptop, 'results')], INSPECTION_ID);
    expect(old.ok).toBe(false);
  });
});

describe('exporting with the team passphrase', () => {
  it('refuses a passphrase shorter than the minimum, saying so, and writes nothing', async () => {
    const leader = await leaderWithSetup();
    const before = await dumpDb(leader.db);
    const r = await buildExport(leader.db, leader.store, 'results', INSPECTION_ID, { passphrase: 'doan2025' });
    expect(r).toEqual({ ok: false, message: 'Mật khẩu của đoàn cần ít nhất 12 ký tự (hiện có 8). Hãy dùng một câu ngắn dễ nhớ, ví dụ ba, bốn từ.' });
    expect(await dumpDb(leader.db)).toBe(before);
  });

  it('names the sealed file without the person’s name, and the file opens with the passphrase', async () => {
    const leader = await leaderWithSetup();
    const plain = await buildExport(leader.db, leader.store, 'results', INSPECTION_ID, { now: new Date(2025, 9, 2, 8, 0) });
    const sealed = await buildExport(leader.db, leader.store, 'results', INSPECTION_ID, { passphrase: 'mật khẩu của đoàn', now: new Date(2025, 9, 2, 8, 0) });
    expect(plain.ok && plain.fileName).toBe('ket-qua-Nguyen-Van-An-20251002-0800.tkt');
    expect(sealed.ok && sealed.fileName).toBe('ket-qua-20251002-0800.tkt');
    if (!sealed.ok) return;
    expect(new TextDecoder('latin1').decode(sealed.data)).not.toContain('Nguyen');
    const member = await laptopDb();
    const checks = await checkImportFiles(member.db, [{ name: sealed.fileName, data: sealed.data, passphrase: 'mật khẩu của đoàn' }]);
    expect(checks[0].ok ? checks[0].pkg.manifest.exporter.name : checks[0].error.message).toBe('Nguyễn Văn An');
  });
});
