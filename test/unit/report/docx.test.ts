import { describe, expect, it, beforeAll } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildReportModel, type ReportModel } from '../../../shared/report';
import { reportDocx } from '../../../shared/report/docx';
import { CCHC_TEMPLATE } from '../../../shared/templates';
import { HOSTILE_TEXT, INSPECTION_ID, seed000Edits } from '../../fixtures/report/seed000';

const OUT = join(process.cwd(), 'test-results', 'report-docx');

function model(status: 'draft' | 'final' = 'draft'): ReportModel {
  return buildReportModel(seed000Edits({ hostile: true }), CCHC_TEMPLATE, {
    inspectionId: INSPECTION_ID,
    status,
    version: 1,
    finalisedAt: status === 'final' ? '2025-10-14T07:05:00.000Z' : undefined,
  });
}

/** The visible text of a WordprocessingML part, paragraph per line. */
function wordText(xml: string): string {
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('report DOCX', () => {
  let files: Record<string, string>;
  let draftBytes: Uint8Array;
  const m = model();

  beforeAll(async () => {
    draftBytes = await reportDocx(m);
    files = Object.fromEntries(Object.entries(unzipSync(draftBytes)).map(([k, v]) => [k, strFromU8(v)]));
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, 'bao-cao.docx'), draftBytes);
  });

  it('is A4 portrait with margins 20/20/30/15 mm in twips', () => {
    const doc = files['word/document.xml'];
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const mar = /<w:pgMar ([^>]*)\/>/.exec(doc)![1];
    expect(mar).toContain('w:top="1134"');
    expect(mar).toContain('w:bottom="1134"');
    expect(mar).toContain('w:left="1701"');
    expect(mar).toContain('w:right="850"');
  });

  it('uses Times New Roman throughout, 14 pt justified body with a 1.27 cm first-line indent and 6 pt after', () => {
    const doc = files['word/document.xml'];
    const fonts = new Set([...doc.matchAll(/w:ascii="([^"]+)"/g)].map((x) => x[1]));
    expect([...fonts]).toEqual(['Times New Roman']);
    expect(files['word/styles.xml']).toContain('Times New Roman');
    const body = doc.split('</w:p>').find((p) => p.includes('Thực hiện Kế hoạch số 14/KH-SKHCN'))!;
    expect(body).toContain('<w:pStyle w:val="BodyText"/>');
    // The formatting lives in the style, where Word users change it once for the whole report.
    const style = /<w:style [^>]*w:styleId="BodyText"[^>]*>(?:(?!<\/w:style>).)*<\/w:style>/s.exec(files['word/styles.xml'])![0];
    expect(style).toContain('<w:jc w:val="both"/>');
    expect(style).toMatch(/<w:ind w:firstLine="720"\/>/);
    expect(style).toMatch(/w:after="120"/);
    expect(style).toContain('<w:sz w:val="28"/>');
  });

  it('opens with the borderless two-column header table', () => {
    const doc = files['word/document.xml'];
    const body = doc.slice(doc.indexOf('<w:body>'));
    expect(body.indexOf('<w:tbl>')).toBeLessThan(body.indexOf('BÁO CÁO'));
    const table = body.slice(body.indexOf('<w:tbl>'), body.indexOf('</w:tbl>'));
    expect(table).toMatch(/<w:gridCol w:w="3900"\/><w:gridCol w:w="5455"\/>/);
    expect(table).not.toMatch(/w:val="single"[^>]*\/><\/w:tblBorders>/);
    const text = wordText(table);
    expect(text.indexOf('SỞ KHOA HỌC VÀ CÔNG NGHỆ')).toBeLessThan(text.indexOf('ĐOÀN KIỂM TRA'));
    expect(text.indexOf('ĐOÀN KIỂM TRA')).toBeLessThan(text.indexOf('Số: 125/BC-ĐKT'));
    expect(text.indexOf('Số: 125/BC-ĐKT')).toBeLessThan(text.indexOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'));
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('Đồng Nai, ngày 14 tháng 10 năm 2025');
    const national = table.split('</w:p>').find((p) => p.includes('CỘNG HÒA XÃ HỘI'))!;
    expect(national).toContain('<w:b/>');
    expect(national).toContain('<w:sz w:val="24"/>');
    const date = table.split('</w:p>').find((p) => p.includes('Đồng Nai, ngày'))!;
    expect(date).toContain('<w:i/>');
  });

  it('has the headings in report order, then the signature block and the annex on its own page', () => {
    const text = wordText(files['word/document.xml']);
    const order = [
      'BÁO CÁO',
      'Kính gửi: Giám đốc Sở Khoa học và Công nghệ.',
      'A. KẾT QUẢ KIỂM TRA',
      'I. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH',
      '1. Cải cách thể chế',
      '7. Công tác chỉ đạo, điều hành cải cách hành chính',
      'II. CÔNG TÁC KIỂM SOÁT THỦ TỤC HÀNH CHÍNH',
      'III. KẾT QUẢ THỰC HIỆN NHIỆM VỤ, CHỈ TIÊU ĐƯỢC GIAO',
      'B. ĐÁNH GIÁ CHUNG',
      'C. KẾT LUẬN',
      'Nơi nhận:',
      'TM. ĐOÀN KIỂM TRA',
      'TRƯỞNG ĐOÀN',
      'Trịnh Thị Hòa',
      'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CÓ SỐ LIỆU',
      'KẾT QUẢ KIỂM TRA TẠI CÁC PHÒNG, ĐƠN VỊ',
    ];
    const at = order.map((h) => text.indexOf(h));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // Each annex is a section of its own whose page numbers start again at 1 (Nghị định 30).
    const doc = files['word/document.xml'];
    const restarts = [...doc.matchAll(/<w:sectPr[^>]*>(?:(?!<\/w:sectPr>).)*<\/w:sectPr>/gs)].map((x) => /<w:pgNumType w:start="1"\/>/.test(x[0]));
    expect(restarts).toEqual([false, true, true]);
    expect(text).toContain('13/21');
    expect(text).toContain('61,90%');
    expect(text).toContain('1.114/1.114');
  });

  it('numbers pages in the top margin from page 2: a PAGE field in the default header, none on the title page', () => {
    const doc = files['word/document.xml'];
    expect(doc).toContain('<w:titlePg/>');
    const defaultId = /<w:headerReference w:type="default" r:id="([^"]+)"/.exec(doc)![1];
    const firstId = /<w:headerReference w:type="first" r:id="([^"]+)"/.exec(doc)![1];
    const rels = files['word/_rels/document.xml.rels'];
    const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1];
    const def = files[`word/${target(defaultId)}`];
    const first = files[`word/${target(firstId)}`];
    expect(def).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>|w:instr="\s*PAGE\s*"/);
    expect(first).not.toMatch(/PAGE/);
    // Drafts carry the mark on every page, the first included.
    expect(wordText(def)).toContain('DỰ THẢO');
    expect(wordText(first)).toContain('DỰ THẢO');
  });

  it('keeps hostile text literal, escaped in the XML', () => {
    const doc = files['word/document.xml'];
    expect(doc).not.toContain('<script>');
    expect(doc).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(wordText(doc)).toContain(HOSTILE_TEXT);
  });

  it('records title, subject, author, version and data hash in the document properties, never on the page', async () => {
    const core = files['docProps/core.xml'];
    expect(core).toContain('<dc:title>Báo cáo kết quả kiểm tra công tác cải cách hành chính');
    expect(core).toContain('<dc:subject>Kết quả kiểm tra công tác cải cách hành chính, kiểm soát thủ tục hành chính tại Sở Khoa học và Công nghệ</dc:subject>');
    expect(core).toContain('<dc:creator>Trịnh Thị Hòa</dc:creator>');
    expect(core).toContain(m.dataHash);
    expect(files['docProps/custom.xml']).toContain(m.dataHash);
    const final = Object.fromEntries(Object.entries(unzipSync(await reportDocx(model('final')))).map(([k, v]) => [k, strFromU8(v)]));
    const headers = Object.keys(final).filter((k) => /^word\/header\d*\.xml$/.test(k));
    expect(headers.some((h) => final[h].includes('DỰ THẢO'))).toBe(false);
    expect(final['docProps/custom.xml']).toMatch(/ReportVersion[\s\S]*?>1</);
    expect(final['docProps/custom.xml']).toContain('2025-10-14T07:05:00.000Z');
    const page = wordText(final['word/document.xml']) + headers.map((h) => wordText(final[h])).join('\n');
    expect(page).not.toMatch(/SHA-256|Mã dữ liệu|Phiên bản|[0-9a-f]{64}/);
  });

  it('uses real styles: Body Text and Heading 1-3 in black Times New Roman 14 pt, keep-with-next, and vi-VN language', () => {
    const styles = files['word/styles.xml'];
    const style = (id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>(?:(?!</w:style>).)*</w:style>`, 's').exec(styles)?.[0] ?? '';
    for (const id of ['Heading1', 'Heading2', 'Heading3', 'BodyText']) {
      const st = style(id);
      expect(st, id).toContain('<w:color w:val="000000"/>');
      expect(st, id).toContain('<w:sz w:val="28"/>');
      expect(st, id).toMatch(/w:ascii="Times New Roman"/);
      expect(st, id).toMatch(/<w:lang w:val="vi-VN"/);
    }
    for (const id of ['Heading1', 'Heading2', 'Heading3']) {
      expect(style(id)).toContain('<w:keepNext/>');
      expect(style(id)).toContain('<w:b/>');
    }
    // No colour other than black anywhere, in the styles or the text.
    const colours = new Set([...(styles + files['word/document.xml']).matchAll(/<w:color w:val="([0-9A-Fa-f]{6}|auto)"/g)].map((x) => x[1].toUpperCase()));
    expect([...colours].filter((c) => c !== '000000' && c !== 'AUTO')).toEqual([]);
    expect(/<w:docDefaults>[\s\S]*<w:lang w:val="vi-VN"[\s\S]*<\/w:docDefaults>/.test(styles)).toBe(true);
    const doc = files['word/document.xml'];
    const paragraphs = doc.split('</w:p>');
    const styled = (text: string) => paragraphs.find((p) => p.includes(text)) ?? '';
    expect(styled('A. KẾT QUẢ KIỂM TRA')).toContain('<w:pStyle w:val="Heading1"/>');
    expect(styled('II. CÔNG TÁC KIỂM SOÁT THỦ TỤC HÀNH CHÍNH')).toContain('<w:pStyle w:val="Heading2"/>');
    expect(styled('1. Cải cách thể chế')).toContain('<w:pStyle w:val="Heading3"/>');
    expect(styled('Thực hiện Kế hoạch số 14/KH-SKHCN')).toContain('<w:pStyle w:val="BodyText"/>');
    // Unit labels in the annex stay with what follows them.
    const label = paragraphs.find((p) => wordText(p) === '1. Văn phòng Sở')!;
    expect(label).toContain('<w:keepNext/>');
  });

  it('converts with LibreOffice to a PDF whose national motto stays on one line', () => {
    const work = mkdtempSync(join(tmpdir(), 'tkt-soffice-'));
    const src = join(work, 'bao-cao.docx');
    writeFileSync(src, draftBytes);
    execFileSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', work, src], {
      env: { ...process.env, HOME: work },
      stdio: 'pipe',
      timeout: 90_000,
    });
    const pdf = join(work, 'bao-cao.pdf');
    writeFileSync(join(OUT, 'bao-cao-libreoffice.pdf'), readFileSync(pdf));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    writeFileSync(join(OUT, 'pages.txt'), String(pages));
    expect(pages).toBeGreaterThanOrEqual(3);
  }, 120_000);
});
