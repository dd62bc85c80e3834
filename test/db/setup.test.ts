import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type AppDB } from '../../renderer/src/db/schema';
import { EditStore, inspectionEdits } from '../../renderer/src/db/edits';
import { saveSetup, type SetupInput } from '../../renderer/src/db/setup';
import { getSetting, meKey } from '../../renderer/src/db/settings';
import { deriveState } from '../../shared/domain/derive';
import { inspectionOf, membersOf, unitsOf } from '../../shared/domain/views';

let db: AppDB;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
});

const doc = { number: '14/KH-SKHCN', date: '2025-08-05', summary: '' };
const input = (): SetupInput => ({
  inspection: {
    governingBody: 'UBND TỈNH ĐỒNG NAI',
    issuingBody: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
    teamName: 'Đoàn kiểm tra',
    reportSymbol: 'BC-ĐKT',
    placeName: 'Đồng Nai',
    addressee: 'Giám đốc Sở',
    plan: doc,
    decision: { ...doc, number: '128/QĐ-SKHCN' },
    periodFrom: '2025-01-01',
    periodTo: '2025-09-30',
    visitFrom: '2025-10-06',
    visitTo: '2025-10-08',
    templateId: 'cchc-so',
    templateVersion: 1,
    recipients: ['Như trên;'],
  },
  units: [
    { id: 'u1', name: 'Văn phòng Sở' },
    { id: 'u2', name: 'Phòng Kế hoạch - Tài chính' },
  ],
  members: [
    { id: 'm1', name: 'Nguyễn Văn An', position: '', role: 'truong-doan', unitIds: [], sectionIds: [] },
    { id: 'm2', name: 'Trần Thị Bình', position: '', role: 'thanh-vien', unitIds: ['u2'], sectionIds: ['tthc'] },
  ],
  me: 'm2',
});

describe('saving an inspection set-up', () => {
  it('creates the inspection, units and members as inspection-wide edits by "Tôi là"', async () => {
    db = openDb(`t-${Math.random()}`);
    const store = await EditStore.open(db);
    await saveSetup(db, store, 'i1', input());
    const edits = await inspectionEdits(db, 'i1');
    expect(new Set(edits.map((e) => e.unitId))).toEqual(new Set(['']));
    expect(new Set(edits.map((e) => e.author))).toEqual(new Set(['m2']));
    const state = deriveState(edits);
    expect(inspectionOf(state, 'i1')?.values.plan).toEqual(doc);
    expect(unitsOf(state).map((u) => u.values.name)).toEqual(['Văn phòng Sở', 'Phòng Kế hoạch - Tài chính']);
    expect(membersOf(state)[1].values).toMatchObject({ role: 'thanh-vien', unitIds: ['u2'], sectionIds: ['tthc'] });
    expect(await getSetting(db, meKey('i1'))).toBe('m2');
    expect(await db.inspections.get('i1')).toBeDefined();
  });

  it('writes only what changed, removes dropped units and their assignments, keeps the order', async () => {
    db = openDb(`t-${Math.random()}`);
    const store = await EditStore.open(db);
    await saveSetup(db, store, 'i1', input());
    const before = (await inspectionEdits(db, 'i1')).length;
    const next = input();
    next.units = [{ id: 'u3', name: 'Phòng Quản lý chuyên ngành' }, next.units[0]];
    const written = await saveSetup(db, store, 'i1', next);
    const state = deriveState(await inspectionEdits(db, 'i1'));
    expect(unitsOf(state).map((u) => u.values.name)).toEqual(['Phòng Quản lý chuyên ngành', 'Văn phòng Sở']);
    expect(membersOf(state)[1].values.unitIds).toEqual([]);
    // u3 name+order, u1 order, u2 deletion, m2 unitIds.
    expect(written).toBe(5);
    expect((await inspectionEdits(db, 'i1')).length).toBe(before + 5);
  });
});
