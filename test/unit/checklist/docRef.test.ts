import { describe, expect, it } from 'vitest';
import { formatDocReference, parseDocRef } from '../../../shared/checklist/docRef';

function ref(input: string) {
  const r = parseDocRef(input);
  if (!r.ok) throw new Error(r.message);
  return r.ref;
}

describe('document references as people type them', () => {
  it('reads "Kế hoạch số 14/KH-SKHCN ngày 05/8/2025" with its trích yếu', () => {
    expect(ref('Kế hoạch số 14/KH-SKHCN ngày 05/8/2025 về kiểm tra công tác cải cách hành chính')).toEqual({
      docType: 'KH',
      number: '14/KH-SKHCN',
      date: '2025-08-05',
      summary: 'về kiểm tra công tác cải cách hành chính',
    });
  });

  it('takes the type from the symbol when no type word is written, and the header form of the date', () => {
    expect(ref('số 540/QĐ-UBND ngày 28 tháng 8 năm 2025')).toMatchObject({ docType: 'QĐ', number: '540/QĐ-UBND', date: '2025-08-28', summary: '' });
    expect(ref('105/KH-SKHCN, 15/01/2025')).toMatchObject({ docType: 'KH', number: '105/KH-SKHCN', date: '2025-01-15' });
  });

  it('reads type words without diacritics and abbreviations; a công văn symbol names no type', () => {
    expect(ref('Quyet dinh so 128/QĐ-SKHCN ngay 12/8/2025').docType).toBe('QĐ');
    expect(ref('QĐ số 128/QĐ-SKHCN ngày 12/8/2025').docType).toBe('QĐ');
    expect(ref('Công văn số 1234/SKHCN-VP ngày 02/10/2025')).toMatchObject({ docType: 'CV', number: '1234/SKHCN-VP' });
    expect(ref('số 1234/SKHCN-VP ngày 02/10/2025').docType).toBe('khac');
    // The criterion's usual type fills in only when nothing names one.
    const asked = parseDocRef('số 1234/SKHCN-VP ngày 02/10/2025', 'QĐ');
    expect(asked.ok && asked.ref.docType).toBe('QĐ');
    const named = parseDocRef('Kế hoạch số 14/KH-SKHCN ngày 05/8/2025', 'QĐ');
    expect(named.ok && named.ref.docType).toBe('KH');
  });

  it('says what is missing, in Vietnamese, and shows the expected form', () => {
    const noDate = parseDocRef('Kế hoạch số 14/KH-SKHCN');
    expect(noDate).toMatchObject({ ok: false });
    expect(!noDate.ok && noDate.message).toMatch(/^Chưa thấy ngày ban hành văn bản \(ví dụ ngày 05\/8\/2025\)\. Hãy nhập theo dạng: Kế hoạch số 14\/KH-SKHCN ngày 05\/8\/2025/);
    const noNumber = parseDocRef('Kế hoạch cải cách hành chính ngày 05/8/2025');
    expect(!noNumber.ok && noNumber.message).toMatch(/^Chưa thấy số, ký hiệu văn bản/);
    const badDate = parseDocRef('Kế hoạch số 14/KH-SKHCN ngày 31/02/2025');
    expect(!badDate.ok && badDate.message).toBe('Ngày 31/02/2025 không có thật. Hãy kiểm tra lại ngày ban hành văn bản.');
    expect(parseDocRef('   ').ok).toBe(false);
  });

  it('writes the reference back as the seeds do, and what it writes reads back the same', () => {
    const r = { docType: 'KH' as const, number: '14/KH-SKHCN', date: '2025-08-05', summary: 'về kiểm tra CCHC' };
    expect(formatDocReference(r)).toBe('Kế hoạch số 14/KH-SKHCN ngày 05/8/2025 về kiểm tra CCHC');
    expect(formatDocReference({ ...r, summary: '' })).toBe('Kế hoạch số 14/KH-SKHCN ngày 05/8/2025');
    expect(ref(formatDocReference(r))).toEqual(r);
    expect(formatDocReference({ docType: 'QĐ', number: '540/QĐ-UBND', date: '2025-01-15' })).toBe('Quyết định số 540/QĐ-UBND ngày 15/01/2025');
  });
});
