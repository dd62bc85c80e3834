/** Deleting a unit or member from the set-up archives it: impact first, nothing of its data touched, Khôi phục brings it all back. */
import { describe, expect, it } from 'vitest';
import { MemoryPort } from '../../../shared/core/memoryPort';
import { saveFields } from '../../../shared/core/usecases';
import { responseId, type Json } from '../../../shared/domain/edit';
import { archivedUnitsOf, membersOf, unitsOf, archivedMembersOf } from '../../../shared/domain/views';
import { readReportData } from '../../../shared/report/data';
import { impactSentence, memberImpact, setArchived, unitImpact } from '../../../shared/setup/archive';
import { CCHC_TEMPLATE } from '../../../shared/templates';
import { planSetup } from '../../../renderer/src/db/setup';

const I = 'insp1';
const SECTION = CCHC_TEMPLATE.sections[0].id;
const [ITEM1, ITEM2] = CCHC_TEMPLATE.sections[0].items.map((i) => i.id);

async function save(port: MemoryPort, entity: Parameters<typeof saveFields>[1]['entity'], recordId: string, unitId: string, values: Record<string, Json>) {
  await saveFields(port, { inspectionId: I, entity, recordId, unitId, values });
}

/** An inspection with two units; Văn phòng Sở (u1) has 2 results, 1 evidence, 1 shortcoming and 1 recommendation by Lan. */
async function inspection(): Promise<MemoryPort> {
  const port = new MemoryPort();
  await save(port, 'inspection', I, '', { title: 'Kiểm tra CCHC 2025' });
  await save(port, 'unit', 'u1', '', { name: 'Văn phòng Sở', order: 0 });
  await save(port, 'unit', 'u2', '', { name: 'Phòng Kế hoạch - Tài chính', order: 1 });
  await save(port, 'member', 'm-lan', '', { name: 'Trần Thị Lan', role: 'thanh-vien', unitIds: ['u1', 'u2'], order: 0 });
  port.authors.set(I, 'm-lan');
  await save(port, 'response', responseId('u1', ITEM1), 'u1', { verdict: 'dat' });
  await save(port, 'response', responseId('u1', ITEM2), 'u1', { verdict: 'khong-dat' });
  await save(port, 'response', responseId('u2', ITEM1), 'u2', { verdict: 'dat' });
  await save(port, 'evidence', 'e1', 'u1', { itemId: ITEM1, docType: 'ke-hoach', number: '14/KH-VP' });
  await save(port, 'finding', 'f1', 'u1', { sectionId: SECTION, kind: 'shortcoming', text: 'Chưa công khai đủ thủ tục' });
  await save(port, 'recommendation', 'r1', 'u1', { sectionId: SECTION, toUnit: 'Văn phòng Sở', text: 'Công khai đủ thủ tục', deadline: '' });
  port.authors.set(I, 'setup');
  return port;
}

const read = (port: MemoryPort) => port.transaction((tx) => tx.readInspection(I));

describe('archiving a unit or member', () => {
  it('says what a unit carries, from the read model of that unit', async () => {
    const port = await inspection();
    const state = await read(port);
    expect(impactSentence('unit', unitImpact(state, 'u1'))).toBe('Đơn vị này có 2 kết quả, 1 minh chứng, 1 tồn tại, hạn chế, 1 kiến nghị.');
    expect(impactSentence('unit', unitImpact(state, 'u3'))).toBe('Đơn vị này chưa có kết quả kiểm tra nào.');
  });

  it('says what a member wrote, from the counters', async () => {
    const port = await inspection();
    const counts = new Map([...port.model.counts.values()].map((c) => [c.name, c.n]));
    expect(impactSentence('member', memberImpact(counts, 'm-lan', 2))).toBe('Thành viên này đã ghi 3 kết quả, 1 ưu điểm, tồn tại, 1 kiến nghị; được phân công 2 đơn vị.');
  });

  it('archives with one edit: the unit leaves the screens and the report, its records stay as they were', async () => {
    const port = await inspection();
    const before = [...port.model.edits.values()].filter((e) => e.unitId === 'u1');
    expect(await setArchived(port, I, 'unit', 'u1', true)).toBe(1);
    expect(await setArchived(port, I, 'unit', 'u1', true)).toBe(0);
    const state = await read(port);
    expect(unitsOf(state).map((u) => u.values.name)).toEqual(['Phòng Kế hoạch - Tài chính']);
    expect(archivedUnitsOf(state).map((u) => u.values.name)).toEqual(['Văn phòng Sở']);
    const report = readReportData(state, I);
    expect(report.units.map((u) => u.id)).toEqual(['u2']);
    expect([...report.responses.values()].every((r) => r.unitId === 'u2')).toBe(true);
    expect(report.findings).toHaveLength(0);
    // Nothing of the unit's own records was written over.
    expect([...port.model.edits.values()].filter((e) => e.unitId === 'u1')).toEqual(before);
    expect(unitImpact(state, 'u1').results).toBe(2);
  });

  it('Khôi phục brings the unit back with all its data, and the history keeps both states', async () => {
    const port = await inspection();
    await setArchived(port, I, 'unit', 'u1', true);
    expect(await setArchived(port, I, 'unit', 'u1', false)).toBe(1);
    const state = await read(port);
    expect(unitsOf(state).map((u) => u.values.name)).toEqual(['Văn phòng Sở', 'Phòng Kế hoạch - Tài chính']);
    expect(archivedUnitsOf(state)).toHaveLength(0);
    const report = readReportData(state, I);
    expect(report.responses.size).toBe(3);
    expect(report.findings.map((f) => f.text)).toEqual(['Chưa công khai đủ thủ tục']);
    const history = [...port.model.edits.values()].filter((e) => e.recordId === 'u1' && e.field === 'archived').map((e) => e.value);
    expect(history).toEqual([true, false]);
  });

  it('archives a member the same way', async () => {
    const port = await inspection();
    await setArchived(port, I, 'member', 'm-lan', true);
    const state = await read(port);
    expect(membersOf(state)).toHaveLength(0);
    expect(archivedMembersOf(state).map((m) => m.values.name)).toEqual(['Trần Thị Lan']);
  });

  it('saving the set-up without the archived unit on the form neither deletes it nor drops assignments to it', async () => {
    const port = await inspection();
    await setArchived(port, I, 'unit', 'u1', true);
    const state = await port.transaction((tx) => tx.readEntities(I, ['inspection', 'unit', 'member']));
    let n = 0;
    const edits = planSetup(state, { inspectionId: I, author: 'setup', nextId: () => `z${String(++n).padStart(4, '0')}` }, I, {
      inspection: { title: 'Kiểm tra CCHC 2025' } as never,
      units: [{ id: 'u2', name: 'Phòng Kế hoạch - Tài chính' }],
      members: [{ id: 'm-lan', name: 'Trần Thị Lan', position: '', role: 'thanh-vien', unitIds: ['u1', 'u2'], sectionIds: [] }],
      me: '',
    });
    expect(edits.filter((e) => e.recordId === 'u1')).toEqual([]);
    expect(edits.find((e) => e.field === 'unitIds')).toBeUndefined();
  });
});
