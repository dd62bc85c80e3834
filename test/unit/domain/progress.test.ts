import { describe, expect, it } from 'vitest';
import { deriveState } from '../../../shared/domain/derive';
import { planFieldEdits, type EditContext } from '../../../shared/domain/write';
import { assignmentOf, authoredCounts, progressOf } from '../../../shared/domain/progress';
import { CCHC_TEMPLATE } from '../../../shared/templates';
import { responseId } from '../../../shared/domain/edit';

let n = 0;
const ctx = (author: string): EditContext => ({ inspectionId: 'i', author, nextId: () => `${String(++n).padStart(15, '0')}-0000-aa` });

describe('progress', () => {
  const tthc = CCHC_TEMPLATE.sections.find((s) => s.id === 'tthc')!;
  const edits = [
    ...planFieldEdits(deriveState([]), ctx('lan'), 'response', responseId('u1', tthc.items[0].id), 'u1', { verdict: 'dat' }),
    // A comment alone is not an answer.
    ...planFieldEdits(deriveState([]), ctx('lan'), 'response', responseId('u1', tthc.items[1].id), 'u1', { comment: 'xem sau' }),
    // Half a ratio is not an answer either.
    ...planFieldEdits(deriveState([]), ctx('minh'), 'response', responseId('u1', tthc.items[2].id), 'u1', { numerator: 3 }),
    ...planFieldEdits(deriveState([]), ctx('minh'), 'response', responseId('u2', tthc.items[0].id), 'u2', { numerator: 3, denominator: 4 }),
  ];
  const state = deriveState(edits);

  it('counts answered items of a unit and section over the section size', () => {
    expect(progressOf(state, CCHC_TEMPLATE, ['u1'], ['tthc'])).toEqual({ answered: 1, total: tthc.items.length });
    expect(progressOf(state, CCHC_TEMPLATE, ['u1', 'u2'], ['tthc']).answered).toBe(2);
  });

  it('an assignment without units covers every unit', () => {
    expect(assignmentOf({ name: 'A' }, ['u1', 'u2']).unitIds).toEqual(['u1', 'u2']);
    expect(assignmentOf({ name: 'A', unitIds: ['u2', 'gone'] }, ['u1', 'u2']).unitIds).toEqual(['u2']);
  });

  it('counts what each member wrote', () => {
    expect(authoredCounts(state, 'lan').answers).toBe(2);
    expect(authoredCounts(state, 'minh').answers).toBe(2);
  });
});
