import { describe, expect, it } from 'vitest';
import { confirmsName, impactLines, inspectionImpact, progressLine } from '../../../shared/inspections/lifecycle';
import { planDeletion } from '../../../shared/domain/write';
import { author, Edits } from '../checklist/helpers';

const lan = author('lan', 'aa');

describe('deleting an inspection states what it removes', () => {
  it('counts units, members, answered criteria, documents, findings and recommendations; deleted records are not counted', () => {
    const e = new Edits()
      .write(lan, 'unit', 'vp', '', { name: 'Văn phòng Sở' })
      .write(lan, 'unit', 'kh', '', { name: 'Phòng Kế hoạch - Tài chính' })
      .write(lan, 'member', 'm1', '', { name: 'Nguyễn Văn An', role: 'truong-doan' })
      .write(lan, 'response', 'vp~a', 'vp', { verdict: 'dat' })
      .write(lan, 'response', 'vp~b', 'vp', { comment: 'chỉ nhận xét, chưa có kết quả' })
      .write(lan, 'response', 'kh~a', 'kh', { numerator: 3, denominator: 4 })
      .write(lan, 'evidence', 'ev1', 'vp', { itemId: 'a', docType: 'KH', number: '14/KH-SKHCN' })
      .write(lan, 'evidence', 'ev2', 'vp', { itemId: 'a', docType: 'QĐ', number: '128/QĐ-SKHCN' })
      .write(lan, 'finding', 'f1', 'vp', { sectionId: 's', kind: 'strength', text: 'Thực hiện tốt' })
      .write(lan, 'recommendation', 'r1', 'vp', { sectionId: 's', toUnit: 'Văn phòng Sở', text: 'Cập nhật niêm yết' });
    e.all.push(...planDeletion(e.state(), lan, 'evidence', 'ev2'));
    const impact = inspectionImpact(e.state());
    expect(impact).toEqual({ units: 2, members: 1, answered: 2, evidence: 1, findings: 1, recommendations: 1, reportVersions: 0 });
    expect(impactLines({ ...impact, answered: 1114 })).toEqual([
      '2 đơn vị được kiểm tra và 1 thành viên đoàn',
      '1.114 kết quả kiểm tra tiêu chí đã ghi',
      '1 văn bản, tài liệu minh chứng',
      '1 ưu điểm, tồn tại hạn chế và 1 kiến nghị',
      '0 phiên bản báo cáo đã chốt',
    ]);
  });

  it('is confirmed only by the inspection’s name, typed with its diacritics (case and extra spaces forgiven)', () => {
    const name = 'Đoàn kiểm tra CCHC năm 2025';
    expect(confirmsName('Đoàn kiểm tra CCHC năm 2025', name)).toBe(true);
    expect(confirmsName('  đoàn  kiểm tra cchc năm 2025 ', name)).toBe(true);
    expect(confirmsName('Doan kiem tra CCHC nam 2025', name)).toBe(false);
    expect(confirmsName('Đoan kiem tra CCHC nam 2025', name)).toBe(false);
    expect(confirmsName('Đoàn kiểm tra CCHC năm 202', name)).toBe(false);
    expect(confirmsName('', '')).toBe(false);
  });

  it('shows progress as answered over units × criteria, in Vietnamese number format', () => {
    expect(progressLine(1114, 2000)).toBe('Đã ghi 1.114/2.000 tiêu chí (55,70%)');
    expect(progressLine(0, 0)).toBe('Chưa có đơn vị được kiểm tra');
  });
});
