import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type AppDB } from '../../renderer/src/db/schema';
import { EditStore, inspectionEdits } from '../../renderer/src/db/edits';
import { saveSetup } from '../../renderer/src/db/setup';
import { getSetting, meKey } from '../../renderer/src/db/settings';
import { setupFromPrevious } from '../../renderer/src/features/setup/fromPrevious';
import { toSetupInput } from '../../renderer/src/features/setup/setupForm';
import { deriveState } from '../../shared/domain/derive';
import { inspectionOf, membersOf, unitsOf } from '../../shared/domain/views';

let db: AppDB;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
});

const doc = { number: '14/KH-SKHCN', date: '2025-08-05', summary: 'Kiểm tra CCHC năm 2025' };
const previous = {
  inspection: {
    title: 'Kiểm tra năm 2025',
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
    recipients: ['Như trên;', 'Giám đốc Sở;'],
  },
  units: [
    { id: 'u1', name: 'Văn phòng Sở' },
    { id: 'u2', name: 'Phòng Kế hoạch - Tài chính' },
  ],
  members: [
    { id: 'm1', name: 'Nguyễn Văn An', position: 'Phó Giám đốc', role: 'truong-doan' as const, unitIds: [], sectionIds: [] },
    { id: 'm2', name: 'Trần Thị Bình', position: 'Chuyên viên', role: 'thanh-vien' as const, unitIds: ['u2'], sectionIds: ['tthc', 'cong-vu'] },
  ],
  me: 'm1',
};

describe('starting an inspection from a previous one', () => {
  it('copies bodies, recipients, units, members and assignments, and leaves the period’s plan, decision and dates to be entered', async () => {
    db = openDb(`t-${Math.random()}`);
    const store = await EditStore.open(db);
    await saveSetup(db, store, 'old', previous);
    const oldState = deriveState(await inspectionEdits(db, 'old'));

    const form = setupFromPrevious(oldState, 'old', 'm1');
    expect(form.plan).toEqual({ number: '', date: '', summary: '' });
    expect(form.decision.number).toBe('');
    expect([form.title, form.periodFrom, form.periodTo, form.visitFrom, form.visitTo]).toEqual(['', '', '', '', '']);
    expect(form.me).toBe('m1');

    // The leader enters the new period and creates the inspection.
    form.plan = { number: '20/KH-SKHCN', date: '04/8/2026', summary: '' };
    form.decision = { number: '150/QĐ-SKHCN', date: '10/8/2026', summary: '' };
    Object.assign(form, { periodFrom: '01/01/2026', periodTo: '30/09/2026', visitFrom: '05/10/2026', visitTo: '07/10/2026' });
    await saveSetup(db, store, 'new', toSetupInput(form));

    const state = deriveState(await inspectionEdits(db, 'new'));
    const v = inspectionOf(state, 'new')!.values;
    expect(v).toMatchObject({ governingBody: 'UBND TỈNH ĐỒNG NAI', issuingBody: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', addressee: 'Giám đốc Sở', recipients: ['Như trên;', 'Giám đốc Sở;'] });
    expect(v.plan?.number).toBe('20/KH-SKHCN');
    expect(v.periodFrom).toBe('2026-01-01');
    expect(unitsOf(state).map((u) => u.values.name)).toEqual(['Văn phòng Sở', 'Phòng Kế hoạch - Tài chính']);
    expect(membersOf(state).map((m) => [m.values.name, m.values.role, m.values.unitIds, m.values.sectionIds])).toEqual([
      ['Nguyễn Văn An', 'truong-doan', [], []],
      ['Trần Thị Bình', 'thanh-vien', ['u2'], ['tthc', 'cong-vu']],
    ]);
    expect(await getSetting(db, meKey('new'))).toBe('m1');
    // The previous inspection is untouched.
    expect(inspectionOf(deriveState(await inspectionEdits(db, 'old')), 'old')!.values.plan).toEqual(doc);
  });
});
