/** Returning an inspection to a backup's state: new edits that set back what changed, nothing erased. */
import { describe, expect, it } from 'vitest';
import { MemoryPort } from '../../../shared/core/memoryPort';
import { previewReturnToBackup, returnPlanSentence, returnToBackup } from '../../../shared/core/backupState';
import { deleteRecord, saveFields } from '../../../shared/core/usecases';
import { recordsOf, valuesOf, type DerivedState } from '../../../shared/domain/derive';
import { responseId, type EntityKind, type Json } from '../../../shared/domain/edit';
import { CCHC_TEMPLATE } from '../../../shared/templates';

const I = 'insp1';
const SECTION = CCHC_TEMPLATE.sections[0].id;
const [ITEM1, ITEM2] = CCHC_TEMPLATE.sections[0].items.map((i) => i.id);

const save = (port: MemoryPort, entity: EntityKind, recordId: string, unitId: string, values: Record<string, Json>) =>
  saveFields(port, { inspectionId: I, entity, recordId, unitId, values });
const read = (port: MemoryPort) => port.transaction((tx) => tx.readInspection(I));

/** Every live record's values, by key: what a person sees. */
function visible(state: DerivedState): Record<string, Record<string, Json>> {
  const out: Record<string, Record<string, Json>> = {};
  for (const kind of ['unit', 'member', 'response', 'evidence', 'finding'] as const) for (const r of recordsOf(state, kind)) out[`${kind}/${r.id}`] = valuesOf(r);
  return out;
}

async function inspectionWithBackup() {
  const port = new MemoryPort();
  port.authors.set(I, 'm-lan');
  await save(port, 'unit', 'u1', '', { name: 'Văn phòng Sở', order: 0 });
  await save(port, 'member', 'm-lan', '', { name: 'Trần Thị Lan', role: 'thanh-vien' });
  await save(port, 'response', responseId('u1', ITEM1), 'u1', { verdict: 'dat', note: 'Đủ hồ sơ' });
  await save(port, 'response', responseId('u1', ITEM2), 'u1', { verdict: 'khong-dat' });
  await save(port, 'finding', 'f1', 'u1', { sectionId: SECTION, kind: 'shortcoming', text: 'Chưa công khai đủ thủ tục' });
  const backupEdits = [...port.model.edits.values()];
  const atBackup = visible(await read(port));
  return { port, backupEdits, atBackup };
}

/** The deliberate mistake: a verdict changed, a note cleared and a cause added, a finding deleted, an evidence added, a new key. */
async function mistake(port: MemoryPort) {
  await save(port, 'response', responseId('u1', ITEM1), 'u1', { verdict: 'khong-dat', note: '' });
  await save(port, 'finding', 'f1', 'u1', { cause: 'Thiếu người' });
  await deleteRecord(port, I, 'finding', 'f1');
  await save(port, 'evidence', 'e9', 'u1', { itemId: ITEM1, docType: 'bao-cao', number: '45/BC-VP' });
  await save(port, 'member', 'm-lan', '', { publicKey: 'a'.repeat(64) });
}

describe('returning to a backup’s state', () => {
  it('previews how many cells, records created since and records deleted since it would change', async () => {
    const { port, backupEdits } = await inspectionWithBackup();
    await mistake(port);
    const plan = await previewReturnToBackup(port, I, backupEdits);
    expect({ cells: plan.cells, removed: plan.removed, restored: plan.restored }).toEqual({ cells: 2, removed: 1, restored: 1 });
    expect(returnPlanSentence(plan)).toBe('Sẽ đổi lại 2 ô, xóa 1 bản ghi tạo sau bản sao lưu, khôi phục 1 bản ghi đã xóa từ sau bản sao lưu.');
    // A preview writes nothing.
    const edits = port.model.edits.size;
    await previewReturnToBackup(port, I, backupEdits);
    expect(port.model.edits.size).toBe(edits);
  });

  it('brings back what the backup shows, as new edits, and erases no edit of either state', async () => {
    const { port, backupEdits, atBackup } = await inspectionWithBackup();
    await mistake(port);
    const before = [...port.model.edits.keys()];
    const plan = await returnToBackup(port, I, backupEdits);
    // Verdict and note; the finding written back whole with its un-delete; the new evidence deleted.
    expect(plan.edits.length).toBe(7);
    const now = visible(await read(port));
    // The laptop's signing key stays: it is not content of the inspection.
    expect(now['member/m-lan'].publicKey).toBe('a'.repeat(64));
    delete now['member/m-lan'].publicKey;
    expect(now).toEqual(atBackup);
    // Both states stay in the history.
    for (const id of before) expect(port.model.edits.has(id)).toBe(true);
    const verdicts = [...port.model.edits.values()].filter((e) => e.recordId === responseId('u1', ITEM1) && e.field === 'verdict').map((e) => e.value);
    expect(verdicts).toEqual(['dat', 'khong-dat', 'dat']);
    expect(returnPlanSentence(await previewReturnToBackup(port, I, backupEdits))).toBe('Cuộc kiểm tra đang giống bản sao lưu này; không có gì phải đổi lại.');
  });

  it('leaves other inspections in the backup alone', async () => {
    const { port, backupEdits } = await inspectionWithBackup();
    const other = backupEdits.map((e) => ({ ...e, id: `${e.id}-x`, inspectionId: 'other' }));
    const plan = await returnToBackup(port, I, [...backupEdits, ...other]);
    expect(plan.edits).toEqual([]);
  });
});
