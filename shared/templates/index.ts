import { CCHC_TEMPLATE } from './cchc-2025';
import type { ChecklistTemplate, TemplateItem, TemplateSection } from './types';

export * from './types';
export { CCHC_TEMPLATE };

/** Every template the app knows, by `${id}@${version}`. */
const TEMPLATES = new Map<string, ChecklistTemplate>([[`${CCHC_TEMPLATE.id}@${CCHC_TEMPLATE.version}`, CCHC_TEMPLATE]]);

export function getTemplate(id: string, version: number): ChecklistTemplate | undefined {
  return TEMPLATES.get(`${id}@${version}`);
}

export const DEFAULT_TEMPLATE = CCHC_TEMPLATE;

export function findItem(t: ChecklistTemplate, itemId: string): { section: TemplateSection; item: TemplateItem } | undefined {
  for (const section of t.sections) {
    const item = section.items.find((i) => i.id === itemId);
    if (item) return { section, item };
  }
  return undefined;
}

export function allItems(t: ChecklistTemplate): TemplateItem[] {
  return t.sections.flatMap((s) => s.items);
}
