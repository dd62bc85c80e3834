import { describe, expect, it } from 'vitest';
import { buildReportModel, reportParts, type ReportModel } from '../../../shared/report';
import { DETAIL_MAX_UNITS } from '../../../shared/report/summary';
import { CCHC_TEMPLATE } from '../../../shared/templates';
import { Builder, INSPECTION_ID, setupOnly } from '../../fixtures/report/seed000';

/**
 * Seven units: more than the few a Sở's findings report lists one by one, so
 * the A parts sum up per criterion while B and C keep every finding and
 * recommendation.
 */
const EXTRA_UNITS = { pc: 'phòng Pháp chế', tt: 'Thanh tra Sở' } as const;
const ALL = ['vp', 'cds', 'khcn', 'tdc', 'dmst', 'pc', 'tt'] as const;
const LONG_TEXT = 'Đơn vị đã niêm yết công khai đầy đủ bộ thủ tục hành chính tại bộ phận một cửa và trên trang thông tin điện tử';

function sevenUnits(): Builder {
  const b = setupOnly(new Builder());
  Object.entries(EXTRA_UNITS).forEach(([id, name], i) => b.set('unit', id, '', { name, order: 5 + i }));
  // Verdicts: five met, one partly, one not.
  for (const u of ALL) {
    const verdict = u === 'cds' ? 'dat-mot-phan' : u === 'tdc' ? 'khong-dat' : 'dat';
    b.response(u, 'tthc.cong-bo-dung-han', { verdict, ...(u === 'tdc' ? { comment: 'Chậm trình 02 quyết định công bố so với thời hạn' } : {}) });
  }
  b.evidence('ev-tdc', 'tdc', 'tthc.cong-bo-dung-han', 'CV', '88/TĐC', '2025-03-04', 'đề nghị công bố danh mục TTHC');
  b.evidence('ev-vp', 'vp', 'tthc.cong-bo-dung-han', 'QĐ', '1548/QĐ-UBND', '2025-05-13', 'công bố danh mục TTHC');
  // On-time dossiers (target 100%): six units at 100%, Thanh tra Sở below.
  const dossiers: Record<(typeof ALL)[number], [number, number]> = { vp: [100, 100], cds: [36, 36], khcn: [612, 612], tdc: [402, 402], dmst: [64, 64], pc: [10, 10], tt: [14, 20] };
  for (const u of ALL) b.response(u, 'tthc.ho-so-dung-han', { verdict: 'dat', numerator: dossiers[u][0], denominator: dossiers[u][1] });
  // Counts are summed: 1 + 2 violations, none elsewhere.
  for (const u of ALL) b.response(u, 'cong-vu.ky-luat-ky-cuong', { verdict: u === 'tt' ? 'khong-dat' : 'dat', count: u === 'pc' ? 1 : u === 'tt' ? 2 : 0 });
  // A section only two units answered keeps the per-unit detail.
  b.response('vp', 'chinh-quyen-so.ke-hoach-cds', { verdict: 'dat' });
  b.response('cds', 'chinh-quyen-so.ke-hoach-cds', { verdict: 'dat-mot-phan', text: 'Kế hoạch chưa có lộ trình' });
  // A long text answer of a unit that met the criterion is not repeated in the summary.
  b.response('khcn', 'tthc.cong-khai', { verdict: 'dat', text: LONG_TEXT });
  b.response('vp', 'tthc.cong-khai', { verdict: 'dat' });
  for (const u of ALL) b.response(u, 'tai-chinh-cong.ngan-sach', { verdict: 'khong-phat-sinh' });
  b.response('dmst', 'tai-chinh-cong.tai-san-cong', { verdict: 'dat' });

  ALL.forEach((u, i) => {
    b.set('finding', `s-${u}`, u, { sectionId: 'tthc', kind: 'strength', text: `Ưu điểm số ${i + 1} của đơn vị` });
    b.set('finding', `w-${u}`, u, { sectionId: 'tthc', kind: 'shortcoming', text: `Hạn chế số ${i + 1} của đơn vị`, cause: `Nguyên nhân số ${i + 1}` });
    b.set('recommendation', `r-${u}`, u, { sectionId: 'tthc', text: `Kiến nghị số ${i + 1} về cải cách thủ tục hành chính`, deadline: '2025-12-15' });
  });
  return b;
}

const build = (b: Builder): ReportModel => buildReportModel(b.edits, CCHC_TEMPLATE, { inspectionId: INSPECTION_ID });

function partText(m: ReportModel, id: string): string {
  const p = reportParts(m).find((x) => x.id === id);
  if (!p) throw new Error(`no part ${id}`);
  return p.paragraphs.map((x) => x.text).join('\n');
}

describe('draft of an inspection with many units', () => {
  const m = build(sevenUnits());
  const tthc = partText(m, 'A.I.2');

  it('is used above the few units that are listed one by one', () => {
    expect(ALL.length).toBeGreaterThan(DETAIL_MAX_UNITS);
    expect(tthc).toMatch(/^Kết quả kiểm tra tại 07 phòng, đơn vị:$/m);
    // No per-unit blocks "a) Văn phòng Sở".
    expect(tthc).not.toMatch(/^[a-đ]\) /m);
  });

  it('counts the units that met a criterion and names those that did not', () => {
    expect(tthc).toContain(
      '- Quyết định công bố danh mục TTHC được ban hành đúng thời hạn: 05/07 đơn vị đạt; đạt một phần: phòng Chuyển đổi số; không đạt: phòng Quản lý tiêu chuẩn đo lường chất lượng.',
    );
    expect(partText(m, 'A.I.5')).toContain('- Quản lý, sử dụng ngân sách nhà nước đúng quy định: không phát sinh (07/07 đơn vị).');
  });

  it('adds up ratios over the units and names the units below the target', () => {
    expect(tthc).toContain(
      '- Hồ sơ TTHC được giải quyết đúng hạn: 07/07 đơn vị đạt; 1.238/1.244 hồ sơ giải quyết đúng hạn, đạt 99,52%, chưa đạt chỉ tiêu 100% (tổng hợp số liệu của 07 đơn vị); đơn vị chưa đạt chỉ tiêu: Thanh tra Sở (70%).',
    );
  });

  it('sums counts', () => {
    expect(partText(m, 'A.I.4')).toContain('- Kỷ luật, kỷ cương hành chính: 06/07 đơn vị đạt; không đạt: Thanh tra Sở; tổng cộng 03 trường hợp vi phạm.');
  });

  it('keeps the per-unit detail in a section that only a few units answered', () => {
    const t = partText(m, 'A.I.6');
    expect(t).toMatch(/^a\) Văn phòng Sở$/m);
    expect(t).toMatch(/^b\) Phòng Chuyển đổi số$/m);
    expect(t).toContain('- Kế hoạch chuyển đổi số: đạt một phần. Kế hoạch chưa có lộ trình.');
  });

  it('cites documents only where a unit fell short, in short form with the note on why', () => {
    expect(tthc).toContain('+ Phòng Quản lý tiêu chuẩn đo lường chất lượng (không đạt): Chậm trình 02 quyết định công bố so với thời hạn. Hồ sơ: Công văn số 88/TĐC ngày 04/3/2025.');
    // The unit that met the criterion: its decision is not cited, nor is its summary.
    expect(tthc).not.toContain('1548/QĐ-UBND');
    expect(tthc).not.toContain('đề nghị công bố danh mục TTHC');
    expect(tthc).not.toContain(LONG_TEXT);
    expect(tthc).toContain('- Công khai, niêm yết TTHC đầy đủ, đúng quy định: 02/02 đơn vị đạt.');
  });

  it('keeps every finding and recommendation, and lists weak criteria by criterion', () => {
    ALL.forEach((_, i) => {
      expect(partText(m, 'B.1')).toContain(`Ưu điểm số ${i + 1} của đơn vị.`);
      expect(partText(m, 'B.2')).toContain(`Hạn chế số ${i + 1} của đơn vị. Nguyên nhân: Nguyên nhân số ${i + 1}.`);
      expect(partText(m, 'C')).toContain(`Kiến nghị số ${i + 1} về cải cách thủ tục hành chính; thời hạn hoàn thành trước ngày 15/12/2025.`);
    });
    const b2 = partText(m, 'B.2');
    expect(b2).toContain('Các chỉ tiêu chưa đạt:');
    expect(b2).toContain(
      '- Quyết định công bố danh mục TTHC được ban hành đúng thời hạn: không đạt: phòng Quản lý tiêu chuẩn đo lường chất lượng; đạt một phần: phòng Chuyển đổi số.',
    );
    expect(b2).toContain('- Kỷ luật, kỷ cương hành chính: không đạt: Thanh tra Sở.');
  });

  it('keeps the draft short however long the answers are', () => {
    const b = sevenUnits();
    for (const u of ALL) b.response(u, 'tthc.mot-cua', { verdict: 'dat', text: `${LONG_TEXT} ${'và cập nhật thường xuyên '.repeat(20)}` });
    const t = partText(build(b), 'A.I.2');
    expect(t).toContain('- Thực hiện cơ chế một cửa, một cửa liên thông: 07/07 đơn vị đạt.');
    expect(t).not.toContain('cập nhật thường xuyên');
  });
});
