/**
 * Which checklist section an item belongs to, across every template the app
 * knows: the read model files counts under a section without knowing the
 * inspection's template (item ids are unique across templates).
 */
import { CCHC_TEMPLATE } from '../templates';
import type { ChecklistTemplate } from '../templates/types';

const KNOWN: readonly ChecklistTemplate[] = [CCHC_TEMPLATE];

const SECTION_OF = new Map<string, string>();
for (const t of KNOWN) for (const s of t.sections) for (const i of s.items) if (!SECTION_OF.has(i.id)) SECTION_OF.set(i.id, s.id);

/** The section id of a template item, or '' for an item no template has. */
export function sectionOfItem(itemId: string): string {
  return SECTION_OF.get(itemId) ?? '';
}
