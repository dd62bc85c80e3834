import { describe, expect, it } from 'vitest';
import {
  buildReportModel,
  frozenVersionRecord,
  reportDataHash,
  reportParts,
  reportVersions,
  NO_RECOMMENDATION_TEXT,
  NO_RESULT_TEXT,
  NO_STRENGTH_TEXT,
  type ReportModel,
} from '../../../shared/report';
import { deriveState } from '../../../shared/domain/derive';
import { CCHC_TEMPLATE } from '../../../shared/templates';
import { Builder, emptyInspectionEdits, HOSTILE_TEXT, INSPECTION_ID, seed000Edits, setupOnly } from '../../fixtures/report/seed000';

const build = (edits = seed000Edits(), blankForClerk = false): ReportModel =>
  buildReportModel(edits, CCHC_TEMPLATE, { inspectionId: INSPECTION_ID, blankForClerk });

function partText(m: ReportModel, id: string): string {
  const p = reportParts(m).find((x) => x.id === id);
  if (!p) throw new Error(`no part ${id}`);
  return p.paragraphs.map((x) => x.text).join('\n');
}

describe('report model from seed 000 facts', () => {
  it('has the parts and headings in the order of the seed report', () => {
    const m = build();
    expect(reportParts(m).map((p) => p.id)).toEqual(['mo-dau', 'A.I.1', 'A.I.2', 'A.I.3', 'A.I.4', 'A.I.5', 'A.I.6', 'A.I.7', 'A.II', 'A.III', 'B.1', 'B.2', 'C']);
    const headings = m.body.filter((b) => b.type === 'heading').map((b) => b.text);
    expect(headings.slice(0, 3)).toEqual(['A. KẾT QUẢ KIỂM TRA', 'I. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH', '1. Cải cách thể chế']);
    const order = ['A. KẾT QUẢ KIỂM TRA', 'II. CÔNG TÁC KIỂM SOÁT THỦ TỤC HÀNH CHÍNH', 'III. KẾT QUẢ THỰC HIỆN NHIỆM VỤ, CHỈ TIÊU ĐƯỢC GIAO', 'B. ĐÁNH GIÁ CHUNG', '1. Ưu điểm', '2. Tồn tại, hạn chế và nguyên nhân', 'C. KẾT LUẬN'];
    const idx = order.map((h) => headings.indexOf(h));
    expect(idx.every((i) => i >= 0)).toBe(true);
    expect([...idx].sort((a, b) => a - b)).toEqual(idx);
    expect(m.title).toBe('BÁO CÁO');
    expect(m.subject).toBe('Kết quả kiểm tra công tác cải cách hành chính, kiểm soát thủ tục hành chính tại Sở Khoa học và Công nghệ');
    expect(m.addressee).toBe('Kính gửi: Giám đốc Sở Khoa học và Công nghệ.');
  });

  it('computes ratios and targets: 13/21 is 61,90% and misses 80%; 1.114/1.114 is 100%', () => {
    const m = build();
    expect(partText(m, 'A.III')).toContain('13/21 TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia, đạt 61,90%, chưa đạt chỉ tiêu 80%');
    expect(partText(m, 'A.I.2')).toContain('1.114/1.114 hồ sơ được giải quyết đúng, trước hạn, đạt 100%');
    const online = m.annex.rows.find((r) => r.itemId === 'chi-tieu.dvc-toan-trinh')!;
    expect(online).toMatchObject({ fraction: '13/21', percentText: '61,90%', targetText: '80%', verdict: 'Không đạt' });
    const onTime = m.annex.rows.find((r) => r.itemId === 'tthc.ho-so-dung-han')!;
    expect(onTime).toMatchObject({ fraction: '1.114/1.114', percentText: '100%', verdict: 'Đạt' });
    // The annex lists only indicators with data.
    expect(m.annex.rows.find((r) => r.itemId === 'chi-tieu.hai-long')).toBeUndefined();
    expect(m.annex.rows.every((r) => r.percentText !== '')).toBe(true);
    expect(partText(m, 'B.2')).toContain('chưa đạt chỉ tiêu 80%');
  });

  it('writes Vietnamese formats: header date, document references, counts', () => {
    const m = build();
    expect(m.header).toEqual({
      governingBody: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      issuingBody: 'ĐOÀN KIỂM TRA',
      numberLine: 'Số: 125/BC-ĐKT',
      placeDate: 'Đồng Nai, ngày 14 tháng 10 năm 2025',
    });
    const opening = partText(m, 'mo-dau');
    expect(opening).toContain('Thực hiện Kế hoạch số 14/KH-SKHCN ngày 05/8/2025 của Sở Khoa học và Công nghệ');
    expect(opening).toContain('Quyết định số 128/QĐ-SKHCN ngày 24/9/2025');
    expect(opening).toContain('Từ ngày 02/10/2025 đến ngày 06/10/2025');
    expect(opening).toContain('trong kỳ từ ngày 01/01/2025 đến ngày 30/9/2025');
    expect(opening).toContain('Văn phòng Sở, phòng Chuyển đổi số');
    expect(partText(m, 'A.I.1')).toContain('Văn phòng Sở đã tham mưu xây dựng, tổ chức triển khai thực hiện Kế hoạch số 105/KH-SKHCN ngày 15/01/2025');
    expect(partText(m, 'A.I.1')).toContain('bãi bỏ, sửa đổi 12 văn bản');
    expect(partText(m, 'A.I.4')).toContain('không có trường hợp vi phạm');
    expect(partText(m, 'C')).toContain('thời hạn hoàn thành trước ngày 30/11/2025');
    expect(partText(m, 'C')).toMatch(/kính báo cáo Giám đốc Sở Khoa học và Công nghệ\.\/\.$/);
  });

  it('leaves the number and the day blank for the clerk when asked or when not filled', () => {
    for (const m of [build(seed000Edits(), true), build(seed000Edits({ blankNumber: true }))]) {
      expect(m.header.numberLine).toBe('Số:      /BC-ĐKT');
      expect(m.header.placeDate).toBe('Đồng Nai, ngày      tháng      năm 2025');
      expect(m.annex.attachedTo).toBe('(Kèm theo Báo cáo số      /BC-ĐKT của Đoàn kiểm tra)');
    }
  });

  it('has the signature block of the team leader and the recipients list', () => {
    const m = build();
    expect(m.signature).toEqual({ authority: 'TM. ĐOÀN KIỂM TRA', title: 'TRƯỞNG ĐOÀN', name: 'Trịnh Thị Hòa' });
    expect(m.recipientsTitle).toBe('Nơi nhận:');
    expect(m.recipients).toEqual(['- Giám đốc Sở (để báo cáo);', '- Các phòng, đơn vị thuộc Sở;', '- Lưu: VT, ĐKT.']);
  });

  it('says honestly when a section has no results or nothing arose', () => {
    expect(partText(build(), 'A.I.5')).toBe(NO_RESULT_TEXT);
    expect(partText(build(), 'A.I.2')).toContain('Trong 9 tháng năm 2025, Văn phòng Sở không nhận được phản ánh, kiến nghị');
    const b = setupOnly(new Builder());
    b.response('vp', 'tai-chinh-cong.ngan-sach', { verdict: 'khong-phat-sinh' });
    b.response('cds', 'tai-chinh-cong.tai-san-cong', { verdict: 'khong-phat-sinh' });
    const t = partText(build(b.edits), 'A.I.5');
    // No judgement of work that did not arise.
    expect(t).not.toContain('Nhìn chung');
    expect(t).toContain('Trong kỳ kiểm tra, tại Văn phòng Sở không phát sinh việc quản lý, sử dụng ngân sách nhà nước.');
  });

  it('does not crash on an inspection with no answers, or with no data at all', () => {
    const m = build(emptyInspectionEdits());
    for (const id of ['A.I.1', 'A.I.7', 'A.II', 'A.III']) expect(partText(m, id)).toBe(NO_RESULT_TEXT);
    expect(partText(m, 'B.1')).toBe(NO_STRENGTH_TEXT);
    expect(partText(m, 'C')).toContain(NO_RECOMMENDATION_TEXT);
    expect(m.annex.rows).toEqual([]);
    expect(m.unitAnnex).toBeUndefined();
    const nothing = buildReportModel([], CCHC_TEMPLATE, { inspectionId: 'x', fallbackYear: 2025 });
    expect(nothing.header.placeDate).toBe('ngày      tháng      năm 2025');
    expect(nothing.signature.name).toBe('');
    expect(reportParts(nothing)).toHaveLength(13);
  });

  it('uses the edited text of a part when present, keeps the draft beside it, and splits list lines', () => {
    const edits = seed000Edits();
    const b = new Builder();
    b.edits = edits;
    b.set('reportPart', 'B.1', '', { text: 'Đoàn đánh giá cao tinh thần phối hợp.\n- Ý thứ nhất;\n\n+ Ý phụ' });
    const part = reportParts(build(b.edits)).find((p) => p.id === 'B.1')!;
    expect(part.edited).toBe(true);
    expect(part.paragraphs).toEqual([
      { kind: 'text', text: 'Đoàn đánh giá cao tinh thần phối hợp.' },
      { kind: 'list', text: '- Ý thứ nhất;' },
      { kind: 'list', text: '+ Ý phụ' },
    ]);
    expect(part.draftText).toContain('nghiêm túc, đầy đủ và đúng thời hạn');
    // Clearing the edited text returns the part to the live draft.
    b.set('reportPart', 'B.1', '', { text: '' });
    expect(reportParts(build(b.edits)).find((p) => p.id === 'B.1')!.edited).toBe(false);
  });

  it('keeps hostile text as plain text in the model', () => {
    expect(partText(build(seed000Edits({ hostile: true })), 'A.I.2')).toContain(HOSTILE_TEXT);
  });
});

describe('data hash and frozen versions', () => {
  it('hashes the same data the same way whatever the order, and differently after a change', () => {
    const edits = seed000Edits();
    const h = reportDataHash(edits);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(reportDataHash([...edits].reverse())).toBe(h);
    const b = new Builder();
    b.edits = [...edits];
    b.response('vp', 'chi-tieu.dvc-toan-trinh', { numerator: 14 });
    expect(reportDataHash(b.edits)).not.toBe(h);
  });

  it('a finalised version stays unchanged when the data changes later, and the draft takes the next number', () => {
    const b = new Builder();
    b.edits = seed000Edits();
    const first = build(b.edits);
    expect(first.version).toBe(1);
    expect(first.status).toBe('draft');
    const final = buildReportModel(b.edits, CCHC_TEMPLATE, { inspectionId: INSPECTION_ID, status: 'final', version: 1, finalisedAt: '2025-10-14T07:05:00.000Z' });
    expect(final.dataHash).toMatch(/^[0-9a-f]{64}$/);
    // Version, time and hash are metadata, never text on the page.
    expect(JSON.stringify({ body: final.body, annex: final.annex, unitAnnex: final.unitAnnex })).not.toMatch(/SHA-256|Phiên bản|[0-9a-f]{64}/);
    const rec = frozenVersionRecord(final);
    b.set('reportVersion', rec.recordId, '', rec.values);
    // Freezing does not change the data hash: the version record is not report data.
    expect(reportDataHash(b.edits)).toBe(final.dataHash);

    b.set('reportPart', 'C', '', { text: 'Kết luận đã sửa sau khi hoàn thành.' });
    const next = build(b.edits);
    expect(next.version).toBe(2);
    expect(next.dataHash).not.toBe(final.dataHash);
    const versions = reportVersions(deriveState(b.edits));
    expect(versions).toHaveLength(1);
    expect(versions[0].model).toEqual(final);
    expect(partText(versions[0].model!, 'C')).not.toContain('đã sửa');
  });
});
