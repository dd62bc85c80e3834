import { useRef } from 'react';
import { matchesItemFilter, type ItemFacts, type ItemFilter } from '../../../../shared/checklist/itemFilter';
import type { TemplateItem, TemplateSection } from '../../../../shared/templates';

/**
 * The section's items that pass the filter. An item shown once stays shown
 * until the filter, unit or section changes: answering an item under
 * "Chưa có kết quả" must not pull the card away while the person types.
 */
export function useShownItems(section: TemplateSection, unitId: string, filter: ItemFilter, factsOf: (item: TemplateItem) => ItemFacts): TemplateItem[] {
  const pinned = useRef<{ key: string; ids: Set<string> }>({ key: '', ids: new Set() });
  const key = `${filter}|${unitId}|${section.id}`;
  if (pinned.current.key !== key) pinned.current = { key, ids: new Set() };
  const ids = pinned.current.ids;
  const shown = section.items.filter((item) => ids.has(item.id) || matchesItemFilter(filter, factsOf(item)));
  for (const item of shown) ids.add(item.id);
  return shown;
}
