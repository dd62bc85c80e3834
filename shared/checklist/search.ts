/**
 * Search across every unit of an inspection: what the inspectors wrote
 * (answers, comments, documents seen, strengths, shortcomings,
 * recommendations) per unit, and the criteria's own wording once, for the
 * unit being worked on. Ignores diacritics ("cai cach" finds "cải cách").
 */
import type { DerivedState } from '../domain/derive';
import { formatDocRef } from '../domain/format';
import { matchesSearch } from '../domain/search';
import { DOC_TYPE_LABELS } from '../domain/schemas';
import { evidenceOf, findingsOf, itemIdOfResponse, recommendationsOf, responsesOf } from '../domain/views';
import type { ChecklistTemplate, TemplateItem, TemplateSection } from '../templates/types';

export interface SearchHit {
  key: string;
  unitId: string;
  unitName: string;
  sectionId: string;
  sectionTitle: string;
  /** The item to scroll to, when the hit belongs to one. */
  itemId?: string;
  title: string;
  /** Where the words were found, when not in the title itself. */
  detail?: string;
}

interface Place {
  section: TemplateSection;
  item: TemplateItem;
  index: number;
}

function itemIndex(template: ChecklistTemplate): Map<string, Place> {
  const m = new Map<string, Place>();
  for (const section of template.sections) section.items.forEach((item, index) => m.set(item.id, { section, item, index }));
  return m;
}

const sectionTitle = (s: TemplateSection) => `${s.number}. ${s.shortTitle}`;
const itemTitle = (p: Place) => `${p.section.number}.${p.index + 1}. ${p.item.text}`;

/**
 * Hits in template order within each unit, units in the given order, the
 * current unit first. `units` lists id and name of every unit to search.
 */
export function searchInspection(
  state: DerivedState,
  template: ChecklistTemplate,
  units: readonly { id: string; name: string }[],
  currentUnitId: string,
  query: string,
): SearchHit[] {
  if (!query.trim()) return [];
  const places = itemIndex(template);
  const ordered = [...units.filter((u) => u.id === currentUnitId), ...units.filter((u) => u.id !== currentUnitId)];
  const sectionOrder = new Map(template.sections.map((s, i) => [s.id, i]));
  const out: SearchHit[] = [];
  for (const unit of ordered) {
    const hits: (SearchHit & { order: number })[] = [];
    const add = (h: Omit<SearchHit, 'unitId' | 'unitName'>, order: number) => hits.push({ ...h, unitId: unit.id, unitName: unit.name, order });
    const byItem = new Map<string, [string, string][]>();
    const note = (itemId: string, where: string, text: string | undefined) => {
      if (text && matchesSearch(text, query)) byItem.set(itemId, [...(byItem.get(itemId) ?? []), [where, text]]);
    };
    for (const r of responsesOf(state)) {
      if (r.unitId !== unit.id) continue;
      const itemId = itemIdOfResponse(r.id);
      note(itemId, 'Ghi nhận', r.values.text);
      note(itemId, 'Nhận xét', r.values.comment);
    }
    for (const e of evidenceOf(state, unit.id)) {
      const v = e.values;
      const text = [formatDocRef(DOC_TYPE_LABELS[v.docType ?? 'khac'], v.number ?? '', v.date || undefined), v.summary, v.seenAt].filter(Boolean).join(' ');
      note(v.itemId ?? '', 'Minh chứng', text);
    }
    for (const [itemId, where] of byItem) {
      const p = places.get(itemId);
      if (!p) continue;
      const [label, text] = where[0];
      add({ key: `${unit.id}:${itemId}`, sectionId: p.section.id, sectionTitle: sectionTitle(p.section), itemId, title: itemTitle(p), detail: `${label}: ${text}` }, order(p));
    }
    if (unit.id === currentUnitId)
      for (const p of places.values())
        if (!byItem.has(p.item.id) && matchesSearch(p.item.text, query))
          add({ key: `${unit.id}:${p.item.id}`, sectionId: p.section.id, sectionTitle: sectionTitle(p.section), itemId: p.item.id, title: itemTitle(p) }, order(p));
    for (const f of findingsOf(state, unit.id)) {
      const s = template.sections.find((x) => x.id === f.values.sectionId);
      const text = [f.values.text, f.values.cause].filter(Boolean).join(' — ');
      if (s && matchesSearch(text, query))
        add({ key: f.id, sectionId: s.id, sectionTitle: sectionTitle(s), title: f.values.kind === 'strength' ? 'Ưu điểm' : 'Tồn tại, hạn chế', detail: text }, sectionEnd(s));
    }
    for (const rec of recommendationsOf(state, unit.id)) {
      const s = template.sections.find((x) => x.id === rec.values.sectionId);
      const text = `${rec.values.toUnit ?? ''}: ${rec.values.text ?? ''}`;
      if (s && matchesSearch(text, query)) add({ key: rec.id, sectionId: s.id, sectionTitle: sectionTitle(s), title: 'Kiến nghị', detail: text }, sectionEnd(s));
    }
    hits.sort((a, b) => a.order - b.order);
    out.push(...hits.map(({ order: _order, ...h }) => h));
  }
  return out;

  function order(p: Place): number {
    return (sectionOrder.get(p.section.id) ?? 0) * 1000 + p.index;
  }
  function sectionEnd(s: TemplateSection): number {
    return (sectionOrder.get(s.id) ?? 0) * 1000 + 999;
  }
}
