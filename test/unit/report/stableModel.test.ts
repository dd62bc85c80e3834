import { describe, expect, it } from 'vitest';
import { buildReportModel, reportParts } from '../../../shared/report';
import { CCHC_TEMPLATE } from '../../../shared/templates';
import { reuseUnchangedParts } from '../../../renderer/src/features/report/stableModel';
import { Builder, INSPECTION_ID, seed000Edits } from '../../fixtures/report/seed000';

const build = (edits = seed000Edits()) => buildReportModel(edits, CCHC_TEMPLATE, { inspectionId: INSPECTION_ID });

describe('structural sharing between two builds of the draft', () => {
  it('keeps the objects of unchanged parts, so their editors and preview are not re-rendered', () => {
    const b = new Builder();
    b.edits = seed000Edits();
    const first = build(b.edits);
    b.set('reportPart', 'B.1', '', { text: 'Ưu điểm đã sửa.' });
    const second = reuseUnchangedParts(first, build(b.edits));
    const before = new Map(reportParts(first).map((p) => [p.id, p]));
    for (const p of reportParts(second)) {
      if (p.id === 'B.1') {
        expect(p).not.toBe(before.get(p.id));
        expect(p.paragraphs).toEqual([{ kind: 'text', text: 'Ưu điểm đã sửa.' }]);
      } else expect(p).toBe(before.get(p.id));
    }
    // The rest of the model is the new build's.
    expect(second.dataHash).not.toBe(first.dataHash);
  });

  it('returns the new build unchanged the first time', () => {
    const m = build();
    expect(reuseUnchangedParts(undefined, m)).toBe(m);
  });
});
