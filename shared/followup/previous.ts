/**
 * What a previous inspection hands to the next one: its recommendations (the
 * final ones, as they stand in its records) and the document they were made
 * in, in words. Pure over the previous inspection's standing state, whether it
 * comes from this laptop's read model or from a `.tkt` or backup file.
 */
import type { DerivedState } from '../domain/derive';
import { docRefText } from '../report/phrases';
import { inspectionOf, recommendationsOf, unitsOf } from '../domain/views';

export interface PreviousRecommendation {
  /** `${previousInspectionId}/${recommendationId}`. */
  sourceId: string;
  /** The previous inspection's unit record id ('' for an inspection-wide recommendation). */
  unitId: string;
  /** That unit's name in the previous inspection. */
  unitName: string;
  /** The unit the recommendation names ("Đơn vị thực hiện"). */
  toUnit: string;
  text: string;
  deadline: string;
}

export function previousRecommendations(state: DerivedState, previousId: string): PreviousRecommendation[] {
  const names = new Map(unitsOf(state).map((u) => [u.id, (u.values.name ?? '').trim()]));
  return recommendationsOf(state)
    .filter((r) => r.values.text?.trim())
    .map((r) => ({
      sourceId: `${previousId}/${r.id}`,
      unitId: r.unitId,
      unitName: names.get(r.unitId) ?? '',
      toUnit: (r.values.toUnit ?? '').trim(),
      text: r.values.text!.trim(),
      deadline: r.values.deadline ?? '',
    }));
}

/**
 * The previous inspection's report when it has a number ("Báo cáo số
 * 12/BC-ĐKT ngày 14/10/2025"), else its plan ("Kế hoạch số 14/KH-SKHCN ngày
 * 05/8/2025"); '' when neither is known.
 */
export function previousSource(state: DerivedState, previousId: string): string {
  const i = inspectionOf(state, previousId)?.values;
  if (!i) return '';
  const number = i.reportNumber?.trim();
  if (number) return docRefText('BC', `${number}/${i.reportSymbol?.trim() || 'BC-ĐKT'}`, i.reportDate || undefined);
  if (i.plan?.number?.trim()) return docRefText('KH', i.plan.number, i.plan.date);
  return '';
}

/** How the previous inspection is named in a list ("Kế hoạch số 14/KH-SKHCN"). */
export function previousLabel(state: DerivedState, previousId: string): string {
  const i = inspectionOf(state, previousId)?.values;
  const name = i?.title?.trim() || i?.plan?.summary?.trim() || i?.teamName?.trim() || 'Cuộc kiểm tra';
  return i?.plan?.number ? `${name} (Kế hoạch số ${i.plan.number})` : name;
}
