/**
 * The drafting engine on seed 000's facts: the sentences a Trưởng đoàn
 * would sign, word for word, in the voice of the seed report.
 */
import { describe, expect, it } from 'vitest';
import { buildReportModel, reportParts, type ReportModel } from '../../../shared/report';
import { CCHC_TEMPLATE } from '../../../shared/templates';
import { CCHC_PHRASES, type TemplatePhrases } from '../../../shared/templates/phrases';
import { placeholdersOf } from '../../../shared/report/voice';
import { Builder, INSPECTION_ID, seed000Edits, setupOnly } from '../../fixtures/report/seed000';

const build = (edits = seed000Edits(), phrases?: TemplatePhrases): ReportModel => buildReportModel(edits, CCHC_TEMPLATE, { inspectionId: INSPECTION_ID, phrases });

function lines(m: ReportModel, id: string): string[] {
  const p = reportParts(m).find((x) => x.id === id);
  if (!p) throw new Error(`no part ${id}`);
  return p.paragraphs.map((x) => x.text);
}

function body(m: ReportModel): string[] {
  return reportParts(m).flatMap((p) => p.paragraphs.map((x) => x.text));
}

describe('report prose in the voice of seed 000', () => {
  const m = build();

  it('writes an area per topic with the unit inside the sentence, the documents woven in, and a closing judgement', () => {
    expect(lines(m, 'A.I.1')).toEqual([
      '- Văn phòng Sở đã tham mưu xây dựng, tổ chức triển khai thực hiện Kế hoạch số 105/KH-SKHCN ngày 15/01/2025 về công tác xây dựng, kiểm tra, xử lý và rà soát văn bản quy phạm pháp luật năm 2025.',
      '- Văn phòng Sở đã rà soát, hệ thống hóa văn bản QPPL, đề xuất bãi bỏ, sửa đổi 12 văn bản không còn phù hợp tại Công văn số 1765/SKHCN-TTr ngày 26/6/2025.',
      '- Văn phòng Sở đã tham mưu xây dựng, triển khai thực hiện Kế hoạch số 161/KH-SKHCN ngày 22/01/2025 theo dõi tình hình thi hành pháp luật năm 2025; hiện đã hoàn thành các nhiệm vụ đề ra trong kế hoạch.',
      'Nhìn chung công tác kiểm tra, rà soát, tham mưu ban hành văn bản QPPL được thực hiện đầy đủ, kịp thời, phù hợp với văn bản quy phạm pháp luật của cấp trên.',
    ]);
    expect(lines(m, 'A.I.3')).toEqual([
      'Văn phòng Sở đã hoàn thành việc tham mưu UBND tỉnh ban hành kịp thời Quyết định số 15/2025/QĐ-UBND ngày 27/02/2025 ban hành Quy định về chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở.',
      'Nhìn chung việc sắp xếp, kiện toàn tổ chức bộ máy được thực hiện kịp thời, đúng quy định.',
    ]);
  });

  it('states a target exceeded as "vượt … so với chỉ tiêu … là …"', () => {
    expect(lines(m, 'A.I.2')).toContain(
      '- Văn phòng Sở đã tham mưu rà soát, đơn giản hóa TTHC thuộc thẩm quyền giải quyết, đề xuất cắt giảm thời gian, thành phần hồ sơ đối với 24/193 TTHC, đạt tỷ lệ 12,44% (vượt 2,44% so với chỉ tiêu UBND tỉnh đề ra là 10%).',
    );
  });

  it('states a target not met, with the judgement of the area and the limitation in B', () => {
    expect(lines(m, 'A.III')).toEqual([
      'Qua kiểm tra, kết quả thực hiện các nhiệm vụ, chỉ tiêu được giao như sau (chi tiết tại Phụ lục I kèm theo):',
      '- Tại Văn phòng Sở, 13/21 TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia, đạt 61,90%, chưa đạt chỉ tiêu 80%.',
      '- Tại Văn phòng Sở, 1.114/1.114 kết quả giải quyết TTHC được đồng bộ lên Cổng Dịch vụ công quốc gia, đạt 100%.',
      'Nhìn chung các nhiệm vụ được giao cơ bản được triển khai; tuy nhiên, tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình chưa đạt chỉ tiêu được giao.',
    ]);
    expect(lines(m, 'B.2')).toContain('- Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình tại Văn phòng Sở mới đạt 61,90%, chưa đạt chỉ tiêu 80%.');
    expect(lines(m, 'B.2')).toContain('- Tỷ lệ TTHC cung cấp trực tuyến toàn trình chưa đạt chỉ tiêu được giao. Nguyên nhân: Một số TTHC còn yêu cầu nộp bản giấy theo quy định chuyên ngành.');
  });

  it('groups the units with the same result into one sentence and sums their figures', () => {
    expect(lines(m, 'A.I.2')).toContain(
      '- Trong 9 tháng năm 2025, các phòng: Chuyển đổi số; Khoa học và Công nghệ; Quản lý tiêu chuẩn đo lường chất lượng; Đổi mới sáng tạo đã tiếp nhận, luân chuyển và giải quyết hồ sơ TTHC theo đúng quy trình điện tử đã được công bố tại Quyết định số 703/QĐ-UBND ngày 09/8/2025, trong đó 1.114/1.114 hồ sơ được giải quyết đúng, trước hạn, đạt 100%.',
    );
  });

  it('says plainly when nothing arose or the work is in progress', () => {
    expect(lines(m, 'A.I.2')).toContain('- Trong 9 tháng năm 2025, Văn phòng Sở không nhận được phản ánh, kiến nghị của người dân và doanh nghiệp về giải quyết thủ tục hành chính trên Tổng đài 1022.');
    expect(lines(m, 'A.I.4')).toEqual([
      '- Về xây dựng đề án vị trí việc làm: Hiện đang xây dựng dự thảo đề án vị trí việc làm sau sáp nhập.',
      '- Cán bộ, công chức, người lao động của Văn phòng Sở đã nghiêm chỉnh chấp hành nội quy, quy chế làm việc; trong kỳ báo cáo không có trường hợp vi phạm để xử lý kỷ luật.',
      'Nhìn chung công tác cải cách chế độ công vụ cơ bản được thực hiện theo quy định; tuy nhiên, việc xây dựng đề án vị trí việc làm chưa hoàn thành.',
    ]);
  });

  it('ends C with numbered recommendations naming the unit and the deadline, then the closing sentence', () => {
    expect(lines(m, 'C')).toEqual([
      'Qua kiểm tra việc triển khai thực hiện nhiệm vụ về cải cách hành chính, kiểm soát thủ tục hành chính tại Sở Khoa học và Công nghệ cho thấy các nội dung cơ bản được triển khai theo kế hoạch đề ra; tuy nhiên, việc xây dựng đề án vị trí việc làm và tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình chưa đạt yêu cầu, cần được khắc phục.',
      'Đoàn kiểm tra kiến nghị:',
      '1. Văn phòng Sở: rà soát, đề xuất tái cấu trúc quy trình để cung cấp trực tuyến toàn trình các TTHC còn lại; thời hạn hoàn thành trước ngày 30/11/2025.',
      'Trên đây là kết quả kiểm tra công tác cải cách hành chính, kiểm soát thủ tục hành chính tại Sở Khoa học và Công nghệ, Đoàn kiểm tra kính báo cáo Giám đốc Sở Khoa học và Công nghệ./.',
    ]);
  });

  it('has no verdict after a criterion, no tallies, no repeated document in a paragraph, no line ending in "năm:"', () => {
    const text = body(m);
    const criteria = CCHC_TEMPLATE.sections.flatMap((s) => s.items.map((i) => i.text.replace(/\s*\(.*$/, '')));
    for (const line of text) {
      for (const c of criteria) expect(line).not.toMatch(new RegExp(`${c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^.]*: (đạt|không đạt|đạt một phần|không phát sinh)\\b`, 'i'));
      expect(line).not.toMatch(/Tổng hợp đánh giá|lượt tiêu chí|\b\d+ đạt\b|: (đạt|không đạt|không phát sinh)\.?$/);
      expect(line).not.toMatch(/năm:$/);
      expect(line).not.toMatch(/\b0\/0\b/);
      const refs = [...line.matchAll(/số (\d+[\w/.-]*)/g)].map((x) => x[1]);
      expect(refs.length, line).toBe(new Set(refs).size);
    }
    // B and C never repeat A's sentences word for word.
    const a = new Set(reportParts(m).filter((p) => p.id.startsWith('A.')).flatMap((p) => p.paragraphs.map((x) => x.text.replace(/^- /, ''))));
    for (const id of ['B.1', 'B.2', 'C']) for (const l of lines(m, id)) expect(a.has(l.replace(/^- /, ''))).toBe(false);
  });

  it('cites a document in full once and by its number afterwards', () => {
    const b = new Builder();
    b.edits = seed000Edits();
    b.response('vp', 'chi-dao-dieu-hanh.ke-hoach-cchc', { verdict: 'dat' });
    b.evidence('ev-again', 'vp', 'chi-dao-dieu-hanh.ke-hoach-cchc', 'KH', '105/KH-SKHCN', '2025-01-15', 'về công tác xây dựng, kiểm tra, xử lý và rà soát văn bản quy phạm pháp luật năm 2025');
    const again = build(b.edits);
    expect(lines(again, 'A.I.7')[0]).toBe('- Văn phòng Sở đã tham mưu xây dựng, theo dõi, đôn đốc triển khai thực hiện Kế hoạch số 105/KH-SKHCN.');
  });

  it('never writes a zero denominator as a ratio', () => {
    const b = new Builder();
    b.edits = seed000Edits();
    b.response('vp', 'tthc.phan-anh-kien-nghi', { verdict: 'dat', numerator: 0, denominator: 0 });
    const t = lines(build(b.edits), 'A.I.2').join('\n');
    expect(t).not.toContain('0/0');
    expect(t).toContain('- Văn phòng Sở đã tiếp nhận, xử lý đúng hạn các phản ánh, kiến nghị của người dân, doanh nghiệp.');
  });

  it('names many units by range, with their figures in the annex table by unit', () => {
    const b = setupOnly(new Builder());
    const ids = Array.from({ length: 12 }, (_, i) => `u${i}`);
    ids.forEach((id, i) => b.set('unit', id, '', { name: `phòng Số ${i + 1}`, order: 10 + i }));
    for (const id of ids) b.response(id, 'tthc.ho-so-dung-han', { verdict: 'dat', numerator: 10, denominator: 10, comment: `Ghi chú của ${id}` });
    const many = build(b.edits);
    expect(lines(many, 'A.I.2')[0]).toBe('12/17 phòng, đơn vị đã tiếp nhận, giải quyết hồ sơ TTHC, trong đó 120/120 hồ sơ được giải quyết đúng, trước hạn, đạt 100%.');
    // Phụ lục II is then one line per unit: criteria counted by verdict, and the unit's rate on each indicator of Phụ lục I it missed.
    expect(many.annex.rows.map((r) => r.itemId)).toEqual(['tthc.ho-so-dung-han']);
    expect(many.unitAnnex!.units).toEqual([]);
    expect(many.unitAnnex!.summary!.rows.find((u) => u.unitId === 'u3')).toEqual({
      unitId: 'u3',
      name: 'Phòng Số 4',
      dat: '01',
      datMotPhan: '',
      khongDat: '',
      khongPhatSinh: '',
      indicatorsMissed: '',
    });
  });

  it('takes its wording from the phrase data: a changed template changes the sentence, no code involved', () => {
    const changed: TemplatePhrases = structuredClone(CCHC_PHRASES);
    changed.items['tthc.ra-soat-don-gian-hoa'].outcomes.dat = [{ text: '{units} đã đơn giản hóa {num}/{den} TTHC, {result}.' }];
    expect(lines(build(seed000Edits(), changed), 'A.I.2')).toContain('- Văn phòng Sở đã đơn giản hóa 24/193 TTHC, đạt tỷ lệ 12,44% (vượt 2,44% so với chỉ tiêu UBND tỉnh đề ra là 10%).');
  });

  it('has phrases for every checklist item, and every template names only known placeholders', () => {
    const known = new Set(['units', 'docs', 'docRefs', 'num', 'den', 'result', 'n', 'note', 'period', 'topic', 'annex', 'topics']);
    for (const s of CCHC_TEMPLATE.sections) {
      expect(CCHC_PHRASES.sections[s.id], s.id).toBeDefined();
      for (const i of s.items) expect(CCHC_PHRASES.items[i.id]?.topic, i.id).toBeTruthy();
    }
    const all = [
      ...Object.values(CCHC_PHRASES.items).flatMap((i) => Object.values(i.outcomes).flat().map((t) => t!.text)),
      ...Object.values(CCHC_PHRASES.fallback).flat().map((t) => t.text),
      ...Object.values(CCHC_PHRASES.sections).flatMap((s) => [s.closing.good, s.closing.mixed, ...(s.intro ? [s.intro.good, s.intro.mixed] : [])]),
    ];
    for (const t of all) for (const p of placeholdersOf(t)) expect(known.has(p), `${p} in "${t}"`).toBe(true);
  });
});

describe('annex by unit on seed 000', () => {
  it('names each criterion without a dangling "năm" and says "không có" rather than "00"', () => {
    const m = buildReportModel(seed000Edits(), CCHC_TEMPLATE, { inspectionId: INSPECTION_ID });
    const vp = m.unitAnnex!.units.find((u) => u.unitId === 'vp')!;
    expect(vp.rows.map((r) => r.item).filter((t) => /năm:?$/.test(t))).toEqual([]);
    expect(vp.rows.find((r) => r.itemId === 'the-che.ke-hoach-vbqppl')!.item).toBe('Ban hành Kế hoạch xây dựng, kiểm tra, rà soát văn bản quy phạm pháp luật');
    expect(vp.rows.find((r) => r.itemId === 'cong-vu.ky-luat-ky-cuong')!.result).toBe('Đạt; không có trường hợp vi phạm');
    expect(m.annex.rows.map((r) => r.indicator).filter((t) => /năm$/.test(t))).toEqual([]);
  });
});
