/**
 * The body on an inspection of many units: a criterion is one sentence for
 * the leading result plus one short sentence for the rest, a ratio is summed
 * over the units with the spread of their own rates (a range, not thirty
 * figures), and each area's closing judgement names the weightiest topics
 * only. Which unit got what is left to the annex of results by unit.
 */
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { reportDocx } from '../../../shared/report/docx';
import { buildReportModel, reportParts, type ReportModel } from '../../../shared/report';
import { OPENING_PART_ID } from '../../../shared/report/model';
import { CCHC_TEMPLATE } from '../../../shared/templates';
import { UNIT_LIST_MAX } from '../../../shared/report/wording';
import { INSPECTION_ID, UNITS, type Builder } from '../../fixtures/report/seed000';
import { MORE_UNITS, TEN_UNIT_IDS, tenUnitBuilder, tenUnits } from '../../fixtures/report/manyUnits';

function build(b: Builder): ReportModel {
  return buildReportModel(b.edits, CCHC_TEMPLATE, { inspectionId: INSPECTION_ID });
}

function part(m: ReportModel, id: string): string[] {
  return reportParts(m).find((p) => p.id === id)!.paragraphs.map((p) => p.text);
}

describe('report body on an inspection of many units', () => {
  const b = tenUnitBuilder();
  const m = build(b);

  it('sums a ratio over the units and gives the spread of their rates, the rest in one short sentence', () => {
    const lines = part(m, 'A.I.2');
    expect(lines).toContain(
      '08/10 phòng, đơn vị mới số hóa 585/800 hồ sơ, kết quả giải quyết TTHC, đạt 73,13%, chưa đạt chỉ tiêu 95%; tỷ lệ tại từng phòng, đơn vị từ 40% đến 100%. UBND phường Long Khánh và Trung tâm Tam Hiệp không phát sinh nội dung này.',
    );
  });

  it('keeps the leading result in its own sentence and groups the others by result', () => {
    expect(part(m, 'A.I.1')[0]).toBe(
      'Văn phòng Sở, phòng Chuyển đổi số, phòng Khoa học và Công nghệ và phòng Quản lý tiêu chuẩn đo lường chất lượng đã tham mưu xây dựng, tổ chức triển khai thực hiện kế hoạch xây dựng, kiểm tra, xử lý và rà soát văn bản QPPL trong năm. 06/10 phòng, đơn vị thực hiện chưa đầy đủ.',
    );
  });

  it('puts a line per unit in Phụ lục II: criteria counted by verdict, and the indicators it missed with its rate', () => {
    const annex = m.unitAnnex!;
    expect(annex.title).toBe('Phụ lục II');
    expect(annex.units).toEqual([]);
    const digitisation = m.annex.rows.findIndex((r) => r.itemId === 'tthc.so-hoa') + 1;
    expect(digitisation).toBeGreaterThan(0);
    const vp = annex.summary!.rows.find((r) => r.unitId === 'vp')!;
    // Văn phòng Sở: 40/100 digitised (below 95%), the plan met.
    expect(vp).toMatchObject({ name: 'Văn phòng Sở', dat: '01', khongDat: '01', datMotPhan: '', khongPhatSinh: '', indicatorsMissed: `${digitisation}\u00a0(40%)` });
    // Trung tâm Tam Hiệp: the plan partly met, nothing to digitise.
    expect(annex.summary!.rows.find((r) => r.unitId === 'u4')).toMatchObject({ datMotPhan: '01', khongPhatSinh: '01', indicatorsMissed: '' });
    expect(annex.summary!.rows).toHaveLength(10);
  });

  it('writes the results table of Phụ lục II into the DOCX, in a section whose pages are numbered from 1', async () => {
    const doc = strFromU8(unzipSync(await reportDocx(m))['word/document.xml']);
    const text = doc.replace(/<[^>]+>/g, ' ');
    expect(text).toContain('Chỉ tiêu chưa đạt (số thứ tự tại Phụ lục I và tỷ lệ)');
    expect(text).toContain('Trung tâm Tam Hiệp');
    // Body, Phụ lục I, Phụ lục II: the annexes restart their page numbers (Nghị định 30).
    const restarts = [...doc.matchAll(/<w:sectPr[^>]*>(?:(?!<\/w:sectPr>).)*<\/w:sectPr>/gs)].map((x) => /<w:pgNumType w:start="1"\/>/.test(x[0]));
    expect(restarts).toEqual([false, true, true]);
    // One table row per unit (plus the heading row) in the results table, none of the per-unit detail tables.
    const tables = doc.split('<w:tbl>').slice(1);
    const last = tables[tables.length - 1];
    expect(last.match(/<w:tr[ >]/g)).toHaveLength(11);
    expect(text).not.toContain('Ghi chú, văn bản');
  });

  it('says where the comments of many units are when the annex holds figures only', () => {
    const c = tenUnits();
    TEN_UNIT_IDS.forEach((id, i) => c.response(id, 'the-che.ke-hoach-vbqppl', { verdict: i < 3 ? 'dat-mot-phan' : 'dat' }));
    for (let i = 0; i < 9; i++) c.set('finding', `f${i}`, TEN_UNIT_IDS[i], { sectionId: 'tthc', kind: 'strength', text: `Ưu điểm số ${i + 1}` });
    for (let i = 0; i < 13; i++) c.set('recommendation', `r${i}`, TEN_UNIT_IDS[i % 10], { sectionId: 'tthc', text: `Kiến nghị số ${i + 1}`, deadline: '2025-11-30' });
    const many = build(c);
    expect(part(many, 'B.1')).toContain(
      'Ưu điểm cụ thể của từng phòng, đơn vị được ghi nhận trong hồ sơ kiểm tra; kết quả kiểm tra tại từng phòng, đơn vị được tổng hợp tại Phụ lục kèm theo.',
    );
    const c13 = part(many, 'C').filter((l) => /^\d+\. /.test(l));
    expect(c13).toHaveLength(13);
    expect(c13[12]).toBe(
      '13. Các phòng, đơn vị còn nội dung chưa đạt yêu cầu (chi tiết tại Phụ lục kèm theo): khẩn trương khắc phục theo các kiến nghị cụ thể của Đoàn kiểm tra đã ghi nhận trong hồ sơ kiểm tra.',
    );
    // Without indicators the results table is the only annex, "Phụ lục" (Nghị định 30); nothing on paper claims it lists what it does not carry.
    expect(reportParts(many).flatMap((p) => p.paragraphs.map((x) => x.text)).join('\n')).not.toMatch(/nêu chi tiết tại Phụ lục/);
  });

  it('never names more units in one sentence than a range would replace', () => {
    const names = [...Object.values(UNITS), ...MORE_UNITS].map((n) => n.replace(/^phòng /, ''));
    // The căn cứ names every unit inspected, as seed 000 does; the results never list them all.
    for (const p of reportParts(m).filter((x) => x.id !== OPENING_PART_ID))
      for (const line of p.paragraphs)
        for (const sentence of line.text.split(/\.\s/)) expect(names.filter((n) => sentence.includes(n)).length, sentence).toBeLessThanOrEqual(UNIT_LIST_MAX);
  });
});
