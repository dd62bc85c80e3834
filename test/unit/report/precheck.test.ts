/** The pre-finalise check on seed 000's facts: what the Trưởng đoàn must see before "Hoàn thành". */
import { describe, expect, it } from 'vitest';
import { deriveState } from '../../../shared/domain/derive';
import { formatTimestamp } from '../../../shared/domain/clock';
import { responseId, type Edit } from '../../../shared/domain/edit';
import { buildReportModel, preFinaliseCheck } from '../../../shared/report';
import { CCHC_TEMPLATE } from '../../../shared/templates';
import { Builder, INSPECTION_ID, seed000Edits } from '../../fixtures/report/seed000';

function check(edits: Edit[], blankForClerk = false) {
  const model = buildReportModel(edits, CCHC_TEMPLATE, { inspectionId: INSPECTION_ID, blankForClerk });
  return preFinaliseCheck(deriveState(edits), CCHC_TEMPLATE, model, { inspectionId: INSPECTION_ID, blankForClerk });
}

/** A member who had not seen the leader's value writes another one: a disagreement. */
function concurrent(edits: Edit[], unitId: string, itemId: string, field: string, value: number | string): Edit[] {
  const e: Edit = { id: formatTimestamp({ millis: 1_760_000_999_999, counter: 0, node: 'member2' }), inspectionId: INSPECTION_ID, entity: 'response', recordId: responseId(unitId, itemId), field, value, author: 'm-lan', unitId, replaces: [] };
  return [...edits, e];
}

describe('pre-finalise check', () => {
  it('lists an open disagreement with both values, the item, the unit and the part it shows in', () => {
    const problems = check(concurrent(seed000Edits(), 'vp', 'chi-tieu.dvc-toan-trinh', 'numerator', 15));
    const d = problems.filter((p) => p.kind === 'disagreement');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ itemId: 'chi-tieu.dvc-toan-trinh', unitId: 'vp', partId: 'A.III', link: { page: 'team' } });
    expect(d[0].values!.sort()).toEqual(['13', '15']);
    expect(d[0].message).toBe(
      'Còn ý kiến khác nhau chưa thống nhất về tử số của “Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình trên tổng số TTHC đủ điều kiện trên Cổng Dịch vụ công quốc gia” tại Văn phòng Sở: 13 hoặc 15.',
    );
  });

  it('lists areas without results, zero denominators and verdicts that contradict their figures', () => {
    const b = new Builder();
    b.edits = seed000Edits();
    b.response('vp', 'tthc.phan-anh-kien-nghi', { verdict: 'dat', numerator: 0, denominator: 0 });
    b.response('vp', 'chinh-quyen-so.ky-so', { verdict: 'dat', numerator: 50, denominator: 100 });
    const kinds = check(b.edits).map((p) => `${p.kind}: ${p.message}`);
    expect(kinds).toContain('section-without-results: Nội dung “Cải cách tài chính công” chưa có kết quả kiểm tra tại đơn vị nào.');
    expect(kinds).toContain(
      'zero-denominator: Tỷ lệ “Tiếp nhận, xử lý phản ánh, kiến nghị (Tổng đài 1022) đúng hạn” tại Văn phòng Sở có mẫu số bằng 0, không tính được; hãy sửa số liệu hoặc chọn “Không phát sinh”.',
    );
    expect(kinds).toContain('verdict-contradicts-target: Đánh giá “Đạt” của “Văn bản được ký số” tại Văn phòng Sở trái với số liệu: 50/100 = 50%, chỉ tiêu 90%.');
  });

  it('asks for the number and date unless they are left blank for the clerk', () => {
    const b = new Builder();
    b.edits = seed000Edits({ blankNumber: true });
    expect(check(b.edits).map((p) => p.kind)).toEqual(expect.arrayContaining(['missing-number', 'missing-date']));
    expect(check(b.edits, true).map((p) => p.kind)).not.toContain('missing-number');
    expect(check(seed000Edits()).map((p) => p.kind)).not.toContain('missing-date');
  });

  it('finds nothing wrong with a settled, complete report apart from the area left unanswered on purpose', () => {
    expect(check(seed000Edits()).map((p) => p.kind)).toEqual(['section-without-results']);
  });
});
