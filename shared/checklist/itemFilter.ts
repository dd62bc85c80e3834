/**
 * Which checklist items to show: all, those with a given verdict, those not
 * yet answered, or those where team members' values disagree.
 */
import { DELETED_FIELD } from '../domain/edit';
import type { RecordState } from '../domain/derive';
import { VERDICTS, VERDICT_LABELS, type ResponseValues, type Verdict } from '../domain/schemas';
import { isAnswered, type WithMeta } from '../domain/views';

export type ItemFilter = 'all' | 'unanswered' | 'disagreement' | Verdict;

export const ITEM_FILTERS: readonly ItemFilter[] = ['all', 'unanswered', 'disagreement', ...VERDICTS];

export const ITEM_FILTER_LABELS: Record<ItemFilter, string> = {
  all: 'Tất cả tiêu chí',
  unanswered: 'Chưa có kết quả',
  disagreement: 'Có bất đồng',
  ...VERDICT_LABELS,
};

export function isItemFilter(v: string): v is ItemFilter {
  return (ITEM_FILTERS as readonly string[]).includes(v);
}

/** True when a field of the record (or of one of its evidence records) has standing values that differ. */
export function hasOpenDisagreement(records: readonly (RecordState | undefined)[]): boolean {
  return records.some((r) => !!r && !r.deleted && Object.entries(r.fields).some(([k, f]) => k !== DELETED_FIELD && f.conflict));
}

export interface ItemFacts {
  response: WithMeta<ResponseValues> | undefined;
  /** Evidence records of the same unit and item: a disagreement there is the item's too. */
  evidence: readonly { record: RecordState }[];
}

export function matchesItemFilter(filter: ItemFilter, facts: ItemFacts): boolean {
  const values = facts.response?.values;
  switch (filter) {
    case 'all':
      return true;
    case 'unanswered':
      return !isAnswered(values);
    case 'disagreement':
      return hasOpenDisagreement([facts.response?.record, ...facts.evidence.map((e) => e.record)]);
    default:
      return values?.verdict === filter;
  }
}
