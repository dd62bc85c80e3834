import { describe, expect, it } from 'vitest';
import { CCHC_TEMPLATE, allItems, findItem, getTemplate } from '../../../shared/templates';
import { CCHC_GUIDANCE } from '../../../shared/templates/cchc-2025-guidance';

describe('the checklist template', () => {
  it('has the nine sections of DOMAIN.md, numbered 1–9, each non-empty', () => {
    expect(CCHC_TEMPLATE.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const s of CCHC_TEMPLATE.sections) expect(s.items.length, s.id).toBeGreaterThan(0);
  });

  it('has unique section and item ids, items prefixed by their section', () => {
    const sectionIds = CCHC_TEMPLATE.sections.map((s) => s.id);
    expect(new Set(sectionIds).size).toBe(sectionIds.length);
    const itemIds = allItems(CCHC_TEMPLATE).map((i) => i.id);
    expect(new Set(itemIds).size).toBe(itemIds.length);
    for (const s of CCHC_TEMPLATE.sections) for (const i of s.items) expect(i.id.startsWith(`${s.id}.`)).toBe(true);
  });

  it('every item asks something, and ratio items have labels and sensible targets', () => {
    for (const i of allItems(CCHC_TEMPLATE)) {
      expect(i.asks.length, i.id).toBeGreaterThan(0);
      expect(i.text.trim().length).toBeGreaterThan(5);
      if (i.asks.includes('ratio')) expect(i.ratioLabels, i.id).toBeDefined();
      if (i.targetPercent !== undefined) {
        expect(i.asks).toContain('ratio');
        expect(i.targetPercent).toBeGreaterThan(0);
        expect(i.targetPercent).toBeLessThanOrEqual(100);
      }
    }
  });

  it('carries the nine assigned indicators with their targets (seed 001 annex)', () => {
    const indicators = allItems(CCHC_TEMPLATE).filter((i) => i.indicator);
    expect(indicators.map((i) => i.targetPercent)).toEqual([80, 90, 80, 95, 100, 100, 90, 100, 95]);
  });

  it('sends areas 1–7 to part A.I, TTHC control to A.II, targets to A.III', () => {
    expect(CCHC_TEMPLATE.sections.map((s) => s.reportPart)).toEqual(['A.I', 'A.I', 'A.I', 'A.I', 'A.I', 'A.I', 'A.I', 'A.II', 'A.III']);
  });

  it('is found by id and version', () => {
    expect(getTemplate(CCHC_TEMPLATE.id, CCHC_TEMPLATE.version)).toBe(CCHC_TEMPLATE);
    expect(getTemplate(CCHC_TEMPLATE.id, 999)).toBeUndefined();
    expect(findItem(CCHC_TEMPLATE, 'tthc.ho-so-dung-han')?.section.id).toBe('tthc');
  });
});

describe('a checklist that helps', () => {
  it('offers a verdict, and so “Không phát sinh”, on every item', () => {
    for (const i of allItems(CCHC_TEMPLATE)) expect(i.asks, i.id).toContain('verdict');
  });

  it('gives every item guidance and a legal basis in Vietnamese', () => {
    for (const i of allItems(CCHC_TEMPLATE)) {
      expect(i.guidance?.length ?? 0, i.id).toBeGreaterThan(40);
      expect(i.legalBasis?.length ?? 0, i.id).toBeGreaterThan(0);
      for (const l of i.legalBasis ?? []) expect(l, i.id).toMatch(/^(Luật|Nghị định|Nghị quyết|Thông tư|Quyết định|Kế hoạch|Quy chế)/);
    }
    // No guidance is written for an item id that does not exist (a typo would hide it).
    const ids = new Set(allItems(CCHC_TEMPLATE).map((i) => i.id));
    expect(Object.keys(CCHC_GUIDANCE).filter((k) => !ids.has(k))).toEqual([]);
  });

  it('asks for a document reference wherever the criterion asks for its “(số, ngày)”', () => {
    for (const i of allItems(CCHC_TEMPLATE)) if (/\((QĐ )?số(, ngày)?\)/.test(i.text)) expect(i.document, i.id).toBeDefined();
  });
});
