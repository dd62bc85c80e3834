/** Carrying last year's recommendations into this year's inspection, through the storage port, up to the report's section A.IV. */
import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { saveFields } from '../../../shared/core/usecases';
import { assignFollowUp, carryFromEdits, carryFromInspection, followUpId } from '../../../shared/followup/carry';
import { followUpsOf } from '../../../shared/followup/views';
import { previousFromFile } from '../../../shared/followup/fromFile';
import { buildPackage } from '../../../shared/exchange/build';
import { generateDeviceKeyPair } from '../../../shared/exchange/crypto';
import { MemoryPort } from '../../../shared/core/memoryPort';
import { buildReportModel, preFinaliseCheck, type ReportModel } from '../../../shared/report';
import { reportDocx } from '../../../shared/report/docx';
import { CCHC_TEMPLATE } from '../../../shared/templates';
import { seed000Edits } from '../../fixtures/report/seed000';
import { CURRENT_ID, PREVIOUS_ID, REC, previousInspection, twoInspections } from '../../fixtures/followup/previous';

const HEADING = 'IV. KẾT QUẢ THỰC HIỆN KIẾN NGHỊ CỦA ĐOÀN KIỂM TRA KỲ TRƯỚC';
const ID = { vp: followUpId(`${PREVIOUS_ID}/${REC.vp.id}`), cds: followUpId(`${PREVIOUS_ID}/${REC.cds.id}`), old: followUpId(`${PREVIOUS_ID}/${REC.old.id}`) };

async function current(port: MemoryPort) {
  return port.transaction((tx) => tx.readInspection(CURRENT_ID));
}

async function model(port: MemoryPort): Promise<ReportModel> {
  return buildReportModel(await current(port), CCHC_TEMPLATE, { inspectionId: CURRENT_ID, dataHash: 'test' });
}

/** Carry, assign the unmatched one to phòng Khoa học và Công nghệ, and record the three results. */
async function followedUp(): Promise<MemoryPort> {
  const port = await twoInspections();
  await carryFromInspection(port, CURRENT_ID, PREVIOUS_ID);
  await assignFollowUp(port, CURRENT_ID, ID.old, 'khcn');
  const save = (recordId: string, unitId: string, values: Record<string, unknown>) =>
    saveFields(port, { inspectionId: CURRENT_ID, entity: 'followUp', recordId, unitId, values: values as never });
  await save(ID.vp, 'vp', {
    status: 'da-thuc-hien',
    evidenceDoc: { docType: 'QĐ', number: '540/QĐ-SKHCN', date: '2025-08-28', summary: 'về việc công bố danh mục TTHC' },
  });
  await save(ID.cds, 'cds', { status: 'dang-thuc-hien', evidence: 'Đã số hóa 812/1.114 hồ sơ.' });
  await save(`${ID.old}-khcn`, 'khcn', { status: 'chua-thuc-hien', note: 'Dự kiến hoàn thành trong quý IV/2025.' });
  return port;
}

function followUpPart(m: ReportModel): string[] {
  const i = m.body.findIndex((b) => b.type === 'heading' && b.text === HEADING);
  const part = m.body[i + 1];
  return part?.type === 'part' ? part.paragraphs.map((p) => p.text) : [];
}

describe('carrying the previous inspection’s recommendations', () => {
  it('makes each one a follow-up item on its unit, matched by id or by name; the unmatched one waits unassigned', async () => {
    const port = await twoInspections();
    expect(await carryFromInspection(port, CURRENT_ID, PREVIOUS_ID)).toEqual({ carried: 3, unmatched: 1, skipped: 0, none: false });
    const state = await current(port);
    expect(followUpsOf(state, 'vp').map((f) => f.values.text)).toEqual(['Rà soát, cập nhật danh mục TTHC trên Cổng dịch vụ công quốc gia.']);
    expect(followUpsOf(state, 'cds').map((f) => f.values.text)).toEqual([REC.cds.text]);
    expect(followUpsOf(state, '').map((f) => f.values.toUnit)).toEqual(['Phòng Quản lý khoa học']);
    expect(followUpsOf(state, 'vp')[0].values.source).toBe('Báo cáo số 98/BC-ĐKT ngày 15/10/2024');
  });

  it('carries a recommendation once, even after it was assigned to a unit; only a waiting item is assigned', async () => {
    const port = await twoInspections();
    await carryFromInspection(port, CURRENT_ID, PREVIOUS_ID);
    expect(await assignFollowUp(port, CURRENT_ID, ID.old, 'khcn')).toBe(true);
    // Only a waiting item is moved: one already on its unit stays there.
    expect(await assignFollowUp(port, CURRENT_ID, ID.vp, 'khcn')).toBe(false);
    expect(await carryFromInspection(port, CURRENT_ID, PREVIOUS_ID)).toEqual({ carried: 0, unmatched: 0, skipped: 3, none: false });
    const state = await current(port);
    expect(followUpsOf(state, '')).toEqual([]);
    expect(followUpsOf(state, 'khcn').map((f) => f.values.text)).toEqual([REC.old.text]);
    expect(followUpsOf(state)).toHaveLength(3);
  });

  it('says so when the previous inspection has no recommendation, and writes nothing', async () => {
    const port = new MemoryPort();
    port.model.append(seed000Edits());
    port.authors.set(CURRENT_ID, 'm-hoa');
    const before = port.model.edits.size;
    expect(await carryFromInspection(port, CURRENT_ID, 'nothing-here')).toEqual({ carried: 0, unmatched: 0, skipped: 0, none: true });
    expect(port.model.edits.size).toBe(before);
  });

  it('reads them from a .tkt file of the previous inspection as well', async () => {
    const last = new MemoryPort('last');
    await previousInspection(last);
    const edits = [...last.model.edits.values()];
    const bytes = buildPackage(edits, {
      kind: 'backup',
      inspections: [{ id: PREVIOUS_ID, templateId: 'cchc-so', templateVersion: 1 }],
      exporter: { memberId: 'm-hoa', name: 'Trịnh Thị Hòa' },
      keys: generateDeviceKeyPair(),
      appVersion: '0.1.0',
    });
    const read = await previousFromFile('sao-luu-2024.tkt', bytes);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.inspections.map((i) => [i.label, i.recommendations])).toEqual([['Đoàn kiểm tra (Kế hoạch số 10/KH-SKHCN)', 3]]);
    const port = new MemoryPort();
    port.model.append(seed000Edits());
    port.authors.set(CURRENT_ID, 'm-hoa');
    expect(await carryFromEdits(port, CURRENT_ID, PREVIOUS_ID, read.inspections[0].edits)).toMatchObject({ carried: 3, unmatched: 1 });
    // Nothing of the previous inspection itself is stored.
    expect([...port.model.edits.values()].some((e) => e.inspectionId === PREVIOUS_ID)).toBe(false);
  });

  it('refuses a damaged file with the exchange code’s Vietnamese message', async () => {
    const read = await previousFromFile('hong.tkt', new Uint8Array([1, 2, 3]));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.message).toMatch(/hong\.tkt/);
  });
});

describe('the report’s section on the previous recommendations', () => {
  it('closes part A, before B. ĐÁNH GIÁ CHUNG, in prose with the counts, the units and what remains', async () => {
    const m = await model(await followedUp());
    const texts = m.body.map((b) => (b.type === 'heading' ? b.text : `[${b.id}]`));
    expect(texts.slice(texts.indexOf('[A.III]'), texts.indexOf('B. ĐÁNH GIÁ CHUNG') + 1)).toEqual(['[A.III]', HEADING, '[A.IV]', 'B. ĐÁNH GIÁ CHUNG']);
    expect(followUpPart(m)).toEqual([
      'Tại Báo cáo số 98/BC-ĐKT ngày 15/10/2024, Đoàn kiểm tra kỳ trước đã có 03 kiến nghị đối với Văn phòng Sở, phòng Chuyển đổi số và phòng Khoa học và Công nghệ.',
      'Qua kiểm tra, đến nay đã thực hiện xong 01 kiến nghị, đang thực hiện 01 kiến nghị và chưa thực hiện 01 kiến nghị, cụ thể:',
      '- Văn phòng Sở đã thực hiện kiến nghị rà soát, cập nhật danh mục TTHC trên Cổng dịch vụ công quốc gia (Quyết định số 540/QĐ-SKHCN ngày 28/8/2025 về việc công bố danh mục TTHC).',
      '- Phòng Chuyển đổi số đang thực hiện kiến nghị số hóa hồ sơ, kết quả giải quyết TTHC (đã số hóa 812/1.114 hồ sơ).',
      '- Phòng Khoa học và Công nghệ chưa thực hiện kiến nghị ban hành quy chế bảo đảm an toàn thông tin mạng; dự kiến hoàn thành trong quý IV/2025.',
      'Như vậy, còn 02 kiến nghị chưa hoàn thành tại các phòng: Chuyển đổi số; Khoa học và Công nghệ; đề nghị tiếp tục thực hiện dứt điểm trong thời gian tới.',
    ]);
  });

  it('is absent when nothing was carried', async () => {
    const m = buildReportModel(seed000Edits(), CCHC_TEMPLATE, { inspectionId: CURRENT_ID });
    expect(m.body.some((b) => b.type === 'heading' && b.text === HEADING)).toBe(false);
    expect(m.body.some((b) => b.type === 'part' && b.id === 'A.IV')).toBe(false);
  });

  it('is in the DOCX text', async () => {
    const bytes = await reportDocx(await model(await followedUp()));
    // Kept for a look in LibreOffice (test-results/follow-up/bao-cao.docx).
    mkdirSync(join(process.cwd(), 'test-results', 'follow-up'), { recursive: true });
    writeFileSync(join(process.cwd(), 'test-results', 'follow-up', 'bao-cao.docx'), bytes);
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']);
    const text = xml
      .split('</w:p>')
      .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((x) => x[1]).join(''))
      .join('\n');
    const at = text.indexOf(HEADING);
    expect(at).toBeGreaterThan(text.indexOf('III. KẾT QUẢ THỰC HIỆN NHIỆM VỤ, CHỈ TIÊU ĐƯỢC GIAO'));
    expect(at).toBeLessThan(text.indexOf('B. ĐÁNH GIÁ CHUNG'));
    expect(text).toContain('đến nay đã thực hiện xong 01 kiến nghị, đang thực hiện 01 kiến nghị và chưa thực hiện 01 kiến nghị');
    expect(text).toContain('- Phòng Khoa học và Công nghệ chưa thực hiện kiến nghị ban hành quy chế bảo đảm an toàn thông tin mạng');
  });

  it('is named before finalising while a carried recommendation on a unit has no result', async () => {
    const port = await twoInspections();
    await carryFromInspection(port, CURRENT_ID, PREVIOUS_ID);
    await saveFields(port, { inspectionId: CURRENT_ID, entity: 'followUp', recordId: ID.vp, unitId: 'vp', values: { status: 'da-thuc-hien' } });
    const state = await current(port);
    const problems = preFinaliseCheck(state, CCHC_TEMPLATE, await model(port), { inspectionId: CURRENT_ID, blankForClerk: true }).filter((p) => p.kind === 'follow-up-without-result');
    expect(problems.map((p) => [p.message, p.link])).toEqual([
      ['Kiến nghị kỳ trước “Số hóa hồ sơ, kết quả giải quyết TTHC” tại phòng Chuyển đổi số chưa có kết quả thực hiện.', { page: 'checklist', unitId: 'cds' }],
    ]);
  });
});
