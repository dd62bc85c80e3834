/** A small inspection's responses, written as two members would, for the dashboard and export tests. */
import { deriveState, mergeEdits, type DerivedState } from '../../../shared/domain/derive';
import { responseId, type Edit, type Json } from '../../../shared/domain/edit';
import { planFieldEdits, type EditContext } from '../../../shared/domain/write';

export const UNITS = [
  { id: 'u1', name: 'Văn phòng Sở' },
  { id: 'u2', name: 'Phòng Kế hoạch - Tài chính' },
];
export const NAMES: Record<string, string> = { lan: 'Nguyễn Thị Lan', minh: 'Trần Văn Minh' };

export function author(id: string, node: string, start = 1_760_000_000_000): EditContext {
  let n = 0;
  return { inspectionId: 'insp', author: id, nextId: () => `${String(start + 60_000 * n++).padStart(15, '0')}-0000-${node}` };
}

/** Writes `values` on a unit's item response over the edits so far; returns the grown edit list. */
export function answer(edits: Edit[], ctx: EditContext, unitId: string, itemId: string, values: Record<string, Json>): Edit[] {
  return [...edits, ...planFieldEdits(deriveState(edits), ctx, 'response', responseId(unitId, itemId), unitId, values)];
}

/** Lan answers Văn phòng Sở, Minh the other unit; they disagree on one verdict. */
export function sampleEdits(): Edit[] {
  const lan = author('lan', 'aa');
  const minh = author('minh', 'bb', 1_760_000_000_500);
  let e: Edit[] = [];
  e = answer(e, lan, 'u1', 'the-che.ke-hoach-vbqppl', { verdict: 'dat', text: 'Kế hoạch số 14/KH-SKHCN', date: '2025-08-05' });
  e = answer(e, lan, 'u1', 'tthc.ho-so-dung-han', { verdict: 'dat', numerator: 1114, denominator: 1114, comment: 'Không có hồ sơ trễ hạn' });
  e = answer(e, lan, 'u1', 'tthc.so-hoa', { verdict: 'dat-mot-phan', numerator: 13, denominator: 21 });
  e = answer(e, lan, 'u1', 'cong-vu.ky-luat-ky-cuong', { verdict: 'khong-phat-sinh', count: 0 });
  e = answer(e, minh, 'u2', 'tthc.ho-so-dung-han', { verdict: 'khong-dat', numerator: 40, denominator: 52 });
  e = answer(e, minh, 'u2', 'cong-vu.tuyen-dung-bo-nhiem', { count: 3 });
  // Concurrent verdicts on the same response: a disagreement.
  const base = e;
  const a = answer(base, lan, 'u2', 'the-che.pho-bien-phap-luat', { verdict: 'dat' });
  const b = answer(base, minh, 'u2', 'the-che.pho-bien-phap-luat', { verdict: 'dat-mot-phan' });
  return mergeEdits(a, b);
}

export function sampleState(): DerivedState {
  return deriveState(sampleEdits());
}
