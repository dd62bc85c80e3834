/** The wording of A.IV in the cases the scenario test does not cover: all done, no source, results not yet recorded. */
import { describe, expect, it } from 'vitest';
import type { ReportData } from '../../../shared/report/data';
import { draftFollowUp } from '../../../shared/report/followUp';
import { FOLLOW_UP_PHRASES } from '../../../shared/templates/followup.phrases';

function data(followUps: ReportData['followUps']): ReportData {
  return {
    inspection: {},
    units: [
      { id: 'vp', name: 'Văn phòng Sở' },
      { id: 'cds', name: 'phòng Chuyển đổi số' },
    ],
    members: [],
    responses: new Map(),
    evidence: [],
    findings: [],
    recommendations: [],
    followUps,
    partTexts: new Map(),
  };
}

describe('A.IV wording', () => {
  it('says every recommendation was carried out, and that nothing remains', () => {
    const text = draftFollowUp(
      data([
        { id: 'a', unitId: 'vp', text: 'Công khai TTHC tại Bộ phận một cửa', source: 'Kế hoạch số 10/KH-SKHCN ngày 01/8/2024', status: 'da-thuc-hien', evidence: 'đã niêm yết 193/193 TTHC' },
        { id: 'b', unitId: 'vp', text: 'Cập nhật quy trình nội bộ', source: 'Kế hoạch số 10/KH-SKHCN ngày 01/8/2024', status: 'da-thuc-hien' },
      ]),
      FOLLOW_UP_PHRASES,
    );
    expect(text.split('\n')).toEqual([
      'Tại Kế hoạch số 10/KH-SKHCN ngày 01/8/2024, Đoàn kiểm tra kỳ trước đã có 02 kiến nghị đối với Văn phòng Sở.',
      'Qua kiểm tra, đến nay các kiến nghị đều đã được thực hiện xong, cụ thể:',
      '- Văn phòng Sở đã thực hiện kiến nghị công khai TTHC tại Bộ phận một cửa (đã niêm yết 193/193 TTHC); đã thực hiện kiến nghị cập nhật quy trình nội bộ.',
      'Như vậy, các kiến nghị của Đoàn kiểm tra kỳ trước đã được thực hiện đầy đủ.',
    ]);
  });

  it('without a source, and with a result not yet recorded, says so rather than guessing', () => {
    const text = draftFollowUp(
      data([
        { id: 'a', unitId: 'cds', text: 'Triển khai ký số trên phần mềm quản lý văn bản.', status: 'dang-thuc-hien', note: 'Đạt 85% văn bản' },
        { id: 'b', unitId: '', toUnit: 'Phòng Quản lý khoa học', text: 'Rà soát quy chế chi tiêu nội bộ' },
      ]),
      FOLLOW_UP_PHRASES,
    );
    expect(text.split('\n')).toEqual([
      'Đoàn kiểm tra kỳ trước đã có 02 kiến nghị đối với các phòng: Chuyển đổi số; Quản lý khoa học.',
      'Qua kiểm tra, đến nay đang thực hiện 01 kiến nghị và 01 kiến nghị chưa có báo cáo kết quả thực hiện, cụ thể:',
      '- Phòng Chuyển đổi số đang thực hiện kiến nghị triển khai ký số trên phần mềm quản lý văn bản; đạt 85% văn bản.',
      '- Phòng Quản lý khoa học chưa báo cáo kết quả thực hiện kiến nghị rà soát quy chế chi tiêu nội bộ.',
      'Như vậy, còn 02 kiến nghị chưa hoàn thành tại các phòng: Chuyển đổi số; Quản lý khoa học; đề nghị tiếp tục thực hiện dứt điểm trong thời gian tới.',
    ]);
  });

  it('is empty when there is nothing to follow up', () => {
    expect(draftFollowUp(data([]), FOLLOW_UP_PHRASES)).toBe('');
  });
});
