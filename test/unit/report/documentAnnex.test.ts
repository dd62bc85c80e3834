import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { reportDocx } from '../../../shared/report/docx';
import { deriveState } from '../../../shared/domain/derive';
import { planFieldEdits } from '../../../shared/domain/write';
import { formatTimestamp } from '../../../shared/domain/clock';
import type { Edit, Json } from '../../../shared/domain/edit';
import { buildReportModel } from '../../../shared/report';
import { CCHC_TEMPLATE } from '../../../shared/templates';
import { INSPECTION_ID, seed000Edits } from '../../fixtures/report/seed000';

const H = (c: string) => c.repeat(64);

function attach(edits: Edit[], id: string, evidenceId: string, unitId: string, itemId: string, name: string, type: string): Edit[] {
  let n = 0;
  const ctx = { inspectionId: INSPECTION_ID, author: 'm-hoa', nextId: () => formatTimestamp({ millis: 1_770_000_000_000 + edits.length * 10 + n++, counter: 0, node: 'photos' }) };
  const values: Record<string, Json> = { evidenceId, itemId, name, type, size: 1000, sha256: H(id.slice(-1)) };
  return [...edits, ...planFieldEdits(deriveState(edits), ctx, 'attachment', id, unitId, values)];
}

const build = (edits: Edit[]) => buildReportModel(edits, CCHC_TEMPLATE, { inspectionId: INSPECTION_ID });

describe('Danh mục tài liệu minh chứng', () => {
  it('lists per unit the evidence entries with attached files: name, kind, count', () => {
    let edits = seed000Edits();
    edits = attach(edits, 'a1', 'ev1', 'vp', 'the-che.ke-hoach-vbqppl', 'trang-1.jpg', 'image/jpeg');
    edits = attach(edits, 'a2', 'ev1', 'vp', 'the-che.ke-hoach-vbqppl', 'trang-2.jpg', 'image/jpeg');
    edits = attach(edits, 'a3', 'ev1', 'vp', 'the-che.ke-hoach-vbqppl', 'ke-hoach-105.pdf', 'application/pdf');
    const m = build(edits);
    expect(m.documentAnnex?.subtitle).toBe('DANH MỤC TÀI LIỆU MINH CHỨNG');
    // The third annex after the indicators and the results by unit.
    expect([m.annex.title, m.unitAnnex?.title, m.documentAnnex?.title]).toEqual(['Phụ lục I', 'Phụ lục II', 'Phụ lục III']);
    // The body refers to it (Nghị định 30), just before the closing sentence.
    const conclusion = m.body.find((b) => b.type === 'part' && b.id === 'C');
    const lines = conclusion?.type === 'part' ? conclusion.paragraphs.map((p) => p.text) : [];
    expect(lines.at(-2)).toBe('Danh mục tài liệu minh chứng Đoàn kiểm tra đã thu thập được nêu tại Phụ lục III kèm theo.');
    expect(m.documentAnnex?.units).toEqual([
      {
        unitId: 'vp',
        name: 'Văn phòng Sở',
        rows: [{ evidenceId: 'ev1', evidence: 'Kế hoạch số 105/KH-SKHCN ngày 15/01/2025', kinds: '02 ảnh, 01 tệp PDF', files: 'trang-1.jpg; trang-2.jpg; ke-hoach-105.pdf' }],
      },
    ]);
  });

  it('is left out when nothing is attached, and an attachment of a removed entry is not listed', () => {
    expect(build(seed000Edits()).documentAnnex).toBeUndefined();
    let edits = attach(seed000Edits(), 'a1', 'ev-gone', 'vp', 'the-che.ke-hoach-vbqppl', 'anh.jpg', 'image/jpeg');
    expect(build(edits).documentAnnex).toBeUndefined();
    edits = attach(edits, 'a2', 'ev1', 'vp', 'the-che.ke-hoach-vbqppl', 'anh.jpg', 'image/jpeg');
    expect(build(edits).documentAnnex?.units[0].rows.map((r) => r.kinds)).toEqual(['01 ảnh']);
  });

  it('is printed in the DOCX as its own annex', async () => {
    let edits = attach(seed000Edits(), 'a1', 'ev1', 'vp', 'the-che.ke-hoach-vbqppl', 'trang-1.jpg', 'image/jpeg');
    edits = attach(edits, 'a2', 'ev1', 'vp', 'the-che.ke-hoach-vbqppl', 'ke-hoach-105.pdf', 'application/pdf');
    const xml = strFromU8(unzipSync(await reportDocx(build(edits)))['word/document.xml']);
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((x) => x[1]).join('|');
    expect(text).toContain('Phụ lục III|DANH MỤC TÀI LIỆU MINH CHỨNG');
    expect(text).toContain('Kế hoạch số 105/KH-SKHCN ngày 15/01/2025|01 ảnh, 01 tệp PDF|trang-1.jpg; ke-hoach-105.pdf');
  });
});
