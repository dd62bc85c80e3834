/**
 * Saving a report part rebuilds only that part: the draft built once from
 * the inspection without its parts, with the part texts laid over it, must
 * equal the whole model built from everything, for any texts written in any
 * order, and the data hash kept from two sorted halves must equal the hash
 * of all edits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveState } from '../../../shared/domain/derive';
import type { Edit } from '../../../shared/domain/edit';
import { planFieldEdits, type EditContext } from '../../../shared/domain/write';
import {
  applyPartTexts,
  buildReportModel,
  mergeSortedIds,
  reportDataHash,
  reportDataHashOfSortedIds,
  reportPartTexts,
  reportParts,
  sortedDataIds,
} from '../../../shared/report';
import { CCHC_TEMPLATE } from '../../../shared/templates';
import { allEdits, generateInspection, QUICK } from '../../bench/generator';

const li = generateInspection(QUICK);
const data = allEdits(li);
const options = { inspectionId: li.inspectionId, fallbackYear: 2025 };
const base = buildReportModel(deriveState(data), CCHC_TEMPLATE, { ...options, dataHash: '' });
const partIds = reportParts(base).map((p) => p.id);

function ctxFor(author: string, start: number): EditContext {
  let n = start;
  return { inspectionId: li.inspectionId, author, nextId: () => `${String(n++).padStart(15, '0')}-0000-${author}` };
}

/** Part texts written one after the other by the leader (each save sees the ones before), some left blank again. */
function writeParts(steps: { part: number; text: string }[]): Edit[] {
  const ctx = ctxFor('lead', 9_000_000_000_000);
  let edits: Edit[] = [];
  for (const s of steps) edits = edits.concat(planFieldEdits(deriveState(edits), ctx, 'reportPart', partIds[s.part % partIds.length], '', { text: s.text }));
  return edits;
}

const step = fc.record({
  part: fc.nat(),
  text: fc.oneof(fc.constant(''), fc.constant('  '), fc.string({ maxLength: 40 }), fc.constant('Đoạn một.\n\nĐoạn hai, có “ngoặc kép”.')),
});

describe('a saved report part rebuilds only that part', () => {
  it('the base model with the part texts laid over equals the model built from everything', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), fc.boolean(), (steps, shuffle) => {
        const parts = writeParts(steps);
        const all = shuffle ? [...parts, ...data] : [...data, ...parts];
        const hash = reportDataHash(all);
        const whole = buildReportModel(deriveState(all), CCHC_TEMPLATE, { ...options, dataHash: hash });
        const laid = applyPartTexts(base, reportPartTexts(deriveState(parts)), hash);
        expect(laid).toEqual(whole);
        expect(reportDataHashOfSortedIds(mergeSortedIds(sortedDataIds(data), sortedDataIds(parts)))).toBe(hash);
      }),
      { numRuns: 25 },
    );
  });

  it('parts that did not change keep their objects', () => {
    const parts = writeParts([{ part: 1, text: 'Phần đã sửa.' }]);
    const laid = applyPartTexts(base, reportPartTexts(deriveState(parts)), 'h');
    const changed = laid.body.filter((b, i) => b !== base.body[i]);
    expect(changed.map((b) => (b.type === 'part' ? b.id : b.type))).toEqual([partIds[1]]);
  });
});
