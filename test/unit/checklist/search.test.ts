import { describe, expect, it } from 'vitest';
import { searchInspection } from '../../../shared/checklist/search';
import { CCHC_TEMPLATE } from '../../../shared/templates';
import { author, Edits } from './helpers';

const lan = author('lan', 'aa');
const UNITS = [
  { id: 'vp', name: 'Văn phòng Sở' },
  { id: 'kh', name: 'Phòng Kế hoạch - Tài chính' },
];

const state = new Edits()
  .write(lan, 'response', 'vp~tthc.cong-khai', 'vp', { comment: 'Niêm yết đầy đủ tại Bộ phận một cửa' })
  .write(lan, 'response', 'kh~cong-vu.dao-tao', 'kh', { text: 'Cử 05 lượt công chức đi bồi dưỡng về cải cách hành chính' })
  .write(lan, 'evidence', 'ev1', 'kh', { itemId: 'the-che.ke-hoach-vbqppl', docType: 'KH', number: '105/KH-SKHCN', date: '2025-01-15', summary: 'về kiểm tra văn bản' })
  .write(lan, 'finding', 'f1', 'kh', { sectionId: 'tai-chinh-cong', kind: 'shortcoming', text: 'Chưa công khai quy chế chi tiêu nội bộ' })
  .state();

describe('search across every unit', () => {
  it('finds what was written in another unit, with the unit, section and item to scroll to', () => {
    const hits = searchInspection(state, CCHC_TEMPLATE, UNITS, 'vp', 'boi duong cai cach');
    expect(hits).toEqual([
      {
        key: 'kh:cong-vu.dao-tao',
        unitId: 'kh',
        unitName: 'Phòng Kế hoạch - Tài chính',
        sectionId: 'cong-vu',
        sectionTitle: '4. Công vụ',
        itemId: 'cong-vu.dao-tao',
        title: '4.4. Kế hoạch và kết quả đào tạo, bồi dưỡng',
        detail: 'Ghi nhận: Cử 05 lượt công chức đi bồi dưỡng về cải cách hành chính',
      },
    ]);
  });

  it('finds documents by their number and the finding of a unit, diacritics ignored', () => {
    const byNumber = searchInspection(state, CCHC_TEMPLATE, UNITS, 'vp', '105/KH');
    expect(byNumber.map((h) => [h.unitId, h.itemId, h.detail])).toEqual([
      ['kh', 'the-che.ke-hoach-vbqppl', 'Minh chứng: Kế hoạch số 105/KH-SKHCN ngày 15/01/2025 về kiểm tra văn bản'],
    ]);
    const finding = searchInspection(state, CCHC_TEMPLATE, UNITS, 'vp', 'quy che chi tieu');
    // The criterion's wording matches for the current unit; the shortcoming for the unit that has it.
    expect(finding.map((h) => [h.unitId, h.itemId ?? h.title])).toEqual([
      ['vp', 'tai-chinh-cong.quy-che-chi-tieu'],
      ['kh', 'Tồn tại, hạn chế'],
    ]);
  });

  it('lists the current unit first, and criteria wording only once, for the current unit', () => {
    const hits = searchInspection(state, CCHC_TEMPLATE, UNITS, 'kh', 'niem yet');
    expect(hits.map((h) => [h.unitId, h.itemId])).toEqual([
      ['kh', 'tthc.cong-khai'],
      ['vp', 'tthc.cong-khai'],
    ]);
    expect(hits[0].detail).toBeUndefined();
    expect(hits[1].detail).toBe('Nhận xét: Niêm yết đầy đủ tại Bộ phận một cửa');
    expect(searchInspection(state, CCHC_TEMPLATE, UNITS, 'kh', '   ')).toEqual([]);
  });
});
